/**
 * From webhook to fresh page, in local mode against the production build: an editor's change is written to a
 * copy of the dataset, a signed webhook arrives at /api/revalidate, and we poll (every 20 ms) until the
 * entry page, and a page that links to it, serve the change. Several rounds; p50 and max.
 * Run: npm run bench:publish  (BENCH_ROUNDS, default 5; or as part of npm run bench)
 */
import { performance } from 'node:perf_hooks'
import { LOCAL_BUILD_ENV } from '../tests/e2e/global-setup'
import { copyDataset, titleOf } from '../tests/e2e/support/dataset'
import { ensureBuild, get, startSite } from '../tests/e2e/support/site'
import { WEBHOOK_SECRET, sendWebhook, within } from '../tests/e2e/support/webhook'
import { summarize, table } from './lib/stats'
import { runAlone, section } from './lib/report'

const ENTRY = { id: 'disease-calciphylaxis', slug: 'calciphylaxis', linkedFrom: '/diseases/chronic-kidney-disease' }

export async function benchPublish(rounds = Number(process.env.BENCH_ROUNDS) || 5) {
  process.env.LOG_QUIET = '1'
  const build = await ensureBuild('local', LOCAL_BUILD_ENV)
  const dataset = copyDataset('bench-publish')
  const site = await startSite(build, { LOG_QUIET: '1', CONTENT_DATASET: dataset.file, SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET })
  try {
    const entryPath = `/diseases/${ENTRY.slug}`
    const original = titleOf((await get(site.url, entryPath)).text) as string
    await get(site.url, ENTRY.linkedFrom)
    const webhook: number[] = []
    const entry: number[] = []
    const linking: number[] = []
    for (let round = 1; round <= rounds; round++) {
      const title = `${original} (edit ${round})`
      dataset.edit(ENTRY.id, (d) => (d.title = title))
      const sent = performance.now()
      const answer = await sendWebhook(site.url, { _id: ENTRY.id, _type: 'disease', slug: ENTRY.slug })
      if (answer.status !== 200) throw new Error(`webhook answered ${answer.status}: ${JSON.stringify(answer.body)}`)
      webhook.push(performance.now() - sent)
      await within(30_000, async () => titleOf((await get(site.url, entryPath)).text) === title, 20)
      entry.push(performance.now() - sent)
      await within(30_000, async () => (await get(site.url, ENTRY.linkedFrom)).text.includes(title), 20)
      linking.push(performance.now() - sent)
    }
    const row = (what: string, samples: number[]) => {
      const s = summarize(samples)
      return { measured: what, rounds: s.n, 'p50 ms': Math.round(s.p50), 'max ms': Math.round(s.max) }
    }
    return [row('webhook answered (signature checked, tags revalidated)', webhook), row(`entry page ${entryPath} fresh`, entry), row(`linking page ${ENTRY.linkedFrom} fresh`, linking)]
  } finally {
    await site.stop()
    dataset.remove()
  }
}

/** The section of bench/RESULTS.md. */
export async function publishReport(): Promise<string> {
  return section('## From webhook to fresh page (local mode, production build, times from the moment the webhook is sent)', table(await benchPublish()))
}

if (require.main === module) runAlone(publishReport)
