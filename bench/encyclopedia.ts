/**
 * The size of a real encyclopedia: local mode with 1,000 and 10,000 full-size entries (copies of the bundled
 * ones, bench/lib/full-size.ts), each built as `npm start` would build it for that dataset (next build with
 * CONTENT_DATASET) and then served: build time and peak memory beside the bundled dataset's, the first render
 * of entries that were not prerendered (server warmed up), every list page's size and first-request time,
 * and the server's resident memory. "Before" is what issue 21 measured at 10,000 entries on this kind of
 * machine (a fresh clone at commit f9b0db2).
 * Run: npm run bench:encyclopedia  (BENCH_ENTRIES=1000,10000; BENCH_RENDERS=30 entries per size)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { get, startSite, type Site } from '../tests/e2e/support/site'
import { WEBHOOK_SECRET } from '../tests/e2e/support/webhook'
import { timedBuild } from './build'
import { fullSizeDataset, fullSizeSlugs } from './lib/full-size'
import { mb, treeRss, watchPeak } from './lib/proc'
import { percentile, table } from './lib/stats'
import { runAlone, section } from './lib/report'

/** Issue 21's figures at 10,000 full-size entries, before the changes that address it. */
const BEFORE_10K: Record<string, string> = {
  build: 'about 12 min (build and start)',
  memory: '1,740 MB',
  render: 'p50 1,740 ms, max 2,600 ms (8,500 ms the first)',
  '/diseases': '6.8 MB',
  '/explore': '7.5 MB',
  category: '2.2 MB, 17.6 s first',
  search: '11.3 s first',
  '/feed.xml': '4.3 s first',
  '/api/v1/entries': '3.4 s first',
  '/api/v1/lookup': '3.6 s first',
  '/sitemap.xml': '1.9 MB',
}

function writeDataset(count: number): string {
  const dir = path.join(os.tmpdir(), 'open-medical-encyclopedia-bench', `full-size-${count}`)
  const file = path.join(dir, 'production.ndjson')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true })
    const stream = fs.openSync(file, 'w')
    for (const doc of fullSizeDataset(count)) fs.writeSync(stream, `${JSON.stringify(doc)}\n`)
    fs.closeSync(stream)
    const images = path.join(__dirname, '..', 'sanity', 'dataset', 'images')
    fs.cpSync(images, path.join(dir, 'images'), { recursive: true })
  }
  return file
}

async function timed(site: Site, pathname: string) {
  const started = performance.now()
  const res = await get(site.url, pathname)
  return { ms: performance.now() - started, status: res.status, bytes: Buffer.byteLength(res.text), text: res.text }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** The list pages a reader or crawler can ask for, with the letter and category that hold the most entries. */
function listPages(az: string, category: string): [string, string][] {
  const letter = /href="(\/diseases\/letters\/[^"]+)"/.exec(az)?.[1]
  return [
    ['/diseases', '/diseases'],
    ...(letter ? ([['A–Z letter, page 1', letter]] as [string, string][]) : []),
    ['category, page 1', `/categories/${category}`],
    ['/explore', '/explore'],
    ['search', '/search?q=kidney'],
    ['/feed.xml', '/feed.xml'],
    ['/api/v1/entries', '/api/v1/entries'],
    ['/api/v1/lookup', '/api/v1/lookup?system=icd10cm&code=E83.5'],
    ['/sitemap.xml', '/sitemap.xml'],
  ]
}

async function measure(count: number) {
  const file = writeDataset(count)
  const env = { CONTENT_DATASET: file }
  const build = await timedBuild(`bench-full-${count}`, env)
  const started = performance.now()
  const site = await startSite(build.distDir, { ...env, LOG_QUIET: '1', SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET })
  const startMs = performance.now() - started
  const peak = watchPeak(site.pid)
  try {
    const renders: number[] = []
    const warm = await timed(site, '/diseases/calciphylaxis-1')
    // Not prerendered: the build prerenders a few hundred entries, the first; these are the last.
    for (const slug of fullSizeSlugs(count).slice(-Number(process.env.BENCH_RENDERS ?? 30))) {
      const r = await timed(site, `/diseases/${slug}`)
      if (r.status !== 200) throw new Error(`/diseases/${slug} answered ${r.status}`)
      renders.push(r.ms)
    }
    renders.sort((a, b) => a - b)
    const lists: Record<string, string | number>[] = []
    const az = await timed(site, '/diseases')
    for (const [name, pathname] of listPages(az.text, 'calcium-metabolism')) {
      const r = name === '/diseases' ? az : await timed(site, pathname)
      lists.push({ page: name, status: r.status, size: kb(r.bytes), 'first ms': Math.round(r.ms) })
    }
    return {
      count,
      build,
      startMs,
      warmMs: warm.ms,
      renders,
      lists,
      rssMb: mb(treeRss(site.pid)),
      peakMb: mb(peak()),
    }
  } finally {
    await site.stop()
    fs.rmSync(path.join(__dirname, '..', build.distDir), { recursive: true, force: true })
  }
}

export async function encyclopediaReport(): Promise<string> {
  const sizes = (process.env.BENCH_ENTRIES ?? '1000,10000').split(',').map(Number)
  const bundled = await timedBuild('bench-full-bundled', {})
  fs.rmSync(path.join(__dirname, '..', bundled.distDir), { recursive: true, force: true })
  const results: Awaited<ReturnType<typeof measure>>[] = []
  for (const count of sizes) results.push(await measure(count))
  const p = (r: (typeof results)[number], q: number) => Math.round(percentile(r.renders, q))
  const summary = results.map((r) => ({
    entries: r.count.toLocaleString('en'),
    'NDJSON MB': mb(fs.statSync(writeDataset(r.count)).size),
    'build s': Math.round(r.build.seconds),
    'build × bundled': (r.build.seconds / bundled.seconds).toFixed(2),
    'build peak MB': r.build.peakMb,
    'start s': (r.startMs / 1000).toFixed(1),
    'first entry after start ms': Math.round(r.warmMs),
    'not prerendered p50 ms': p(r, 50),
    'p99 ms': p(r, 99),
    'max ms': Math.round(r.renders[r.renders.length - 1]),
    'server RSS MB (end / peak)': `${r.rssMb} / ${r.peakMb}`,
  }))
  const lists = results.flatMap((r) => r.lists.map((row) => ({ entries: r.count.toLocaleString('en'), ...row })))
  return section(
    '## A real encyclopedia: full-size entries in local mode (next build for the dataset, then served)',
    `Entries are copies of the bundled ones (15–25 KB each, their links kept within each copy's generation). The bundled dataset builds in ${Math.round(bundled.seconds)} s here. Renders: ${results[0]?.renders.length ?? 0} entries that were not prerendered, one first request each, after one warm-up request. Targets at 10,000: p50 ≤ 100 ms, p99 ≤ 250 ms, build ≤ 1.5× the bundled one, server ≤ 1,500 MB, no reader page over 200 KB.`,
    table(summary),
    table(lists),
    `Before (issue 21, 10,000 entries): ${Object.entries(BEFORE_10K)
      .map(([k, v]) => `${k} ${v}`)
      .join('; ')}.`,
  )
}

if (require.main === module) runAlone(encyclopediaReport)
