/**
 * A cheap phone: Lighthouse's default mobile run (simulated mid-tier phone, 4x CPU, slow 4G; no calibration)
 * on every reader page type, five consecutive single runs each. Issue 21's target: performance >= 0.98 in
 * each run, Total Blocking Time <= 50 ms, accessibility, best practices and SEO 1.00. Printed beside the
 * figures measured the same way before reader pages became documents (bench/baselines/phone.json).
 * Run: npm run bench:phone  (or as part of npm run bench)   BENCH_RUNS=3 for fewer runs per page (default 5),
 *      BENCH_PAGES=/,/explore for some pages only; BENCH_PHONE_BASELINE=1 records the run (merged page by
 *      page) as the baseline, with BENCH_PHONE_MEASURED saying what was measured.
 */
import fs from 'node:fs'
import path from 'node:path'
import { LOCAL_BUILD_ENV } from '../tests/e2e/global-setup'
import { BECAUSE_404, lighthouse, show } from '../tests/e2e/support/lighthouse-runner'
import { ensureBuild, startSite } from '../tests/e2e/support/site'
import { runAlone, section } from './lib/report'
import { table } from './lib/stats'

export const READER_PAGES: [string, string][] = [
  ['home', '/'],
  ['A–Z', '/diseases'],
  ['entry', '/diseases/calciphylaxis'],
  ['entry (Spanish)', '/es/diseases/calcifilaxis'],
  ['category', '/categories/kidney-and-urinary'],
  ['search results', '/search?q=kidney'],
  ['explore', '/explore'],
  ['not found', '/diseases/no-such-entry'],
]
const NOT_FOUND = '/diseases/no-such-entry'
const RUNS = Number(process.env.BENCH_RUNS ?? 5)

export interface PhoneFigures {
  performance: (number | null)[]
  maxTbtMs: number | null
  /** The lowest of accessibility, best practices and SEO over the runs. */
  others: number | null
  /** Audits that kept accessibility, best practices or SEO under 1.00 in some run, other than a 404's own. */
  othersLost?: string[]
  transferKb: number | null
  /** The audits that failed in any run (ids). */
  failing?: string[]
}

const BASELINE = path.join(__dirname, 'baselines', 'phone.json')

export async function benchPhone(): Promise<Record<string, PhoneFigures>> {
  process.env.LOG_QUIET = '1'
  const build = await ensureBuild('local', LOCAL_BUILD_ENV)
  const site = await startSite(build, { LOG_QUIET: '1' })
  const figures: Record<string, PhoneFigures> = {}
  try {
    const only = (process.env.BENCH_PAGES ?? '').split(',').filter(Boolean)
    for (const [, pathname] of READER_PAGES) {
      if (only.length && !only.includes(pathname)) continue
      const url = `${site.url}${pathname}`
      const runs = []
      for (let i = 0; i < RUNS; i++) runs.push((await lighthouse('mobile-default', [url]))[url])
      const least = (values: (number | null)[]) =>
        values.some((v) => v === null) ? null : Math.min(...(values as number[]))
      figures[pathname] = {
        performance: runs.map((r) => r.performance),
        maxTbtMs: runs.some((r) => r.tbt === null) ? null : Math.round(Math.max(...runs.map((r) => r.tbt as number))),
        others: least(runs.flatMap((r) => [r.accessibility, r['best-practices'], r.seo])),
        othersLost: [
          ...new Set(
            runs.flatMap((r) =>
              (['accessibility', 'best-practices', 'seo'] as const).flatMap((c) =>
                (r.lost?.[c] ?? []).filter((id) => !(pathname === NOT_FOUND && BECAUSE_404[c]?.includes(id))),
              ),
            ),
          ),
        ],
        failing: [...new Set(runs.flatMap((r) => r.failing.map((f) => f.split(':')[0])))],
        transferKb: runs[0].transfer === null ? null : Number((runs[0].transfer / 1024).toFixed(1)),
      }
    }
    return figures
  } finally {
    await site.stop()
  }
}

function meets(f: PhoneFigures | undefined): string {
  if (!f) return '—'
  const others = f.othersLost ? f.othersLost.length === 0 : f.others === 1
  const ok = f.performance.every((p) => (p ?? 0) >= 0.98) && (f.maxTbtMs ?? Infinity) <= 50 && others
  return ok ? 'yes' : 'no'
}

const runsText = (f: PhoneFigures | undefined) => (f ? f.performance.map(show).join(' ') : '—')

export async function phoneReport(): Promise<string> {
  const after = await benchPhone()
  const before = fs.existsSync(BASELINE)
    ? (JSON.parse(fs.readFileSync(BASELINE, 'utf8')) as { measured: string; pages: Record<string, PhoneFigures> })
    : undefined
  if (process.env.BENCH_PHONE_BASELINE === '1') {
    const measured = process.env.BENCH_PHONE_MEASURED ?? before?.measured ?? ''
    const pages = { ...before?.pages, ...after }
    fs.writeFileSync(BASELINE, `${JSON.stringify({ measured, pages }, null, 2)}\n`)
  }
  const rows = READER_PAGES.filter(([, pathname]) => after[pathname]).map(([type, pathname]) => {
    const b = before?.pages[pathname]
    const a = after[pathname]
    return {
      page: `${type} ${pathname}`,
      'before: performance': runsText(b),
      'before: TBT max ms': typeof b?.maxTbtMs === 'number' ? Math.round(b.maxTbtMs) : '—',
      'before: transfer KB': b?.transferKb ?? '—',
      'performance, each run': runsText(a),
      'TBT max ms': a.maxTbtMs ?? 'not recorded',
      'a11y/BP/SEO min': show(a.others),
      'transfer KB': a.transferKb ?? 'not recorded',
      'target met': meets(a),
      'failing audits': a.failing?.join(', ') || 'none',
    }
  })
  return section(
    `## A cheap phone: Lighthouse mobile defaults (4x CPU, slow 4G), ${RUNS} consecutive single runs per page`,
    `Target: performance >= 0.98 in every run, TBT <= 50 ms, accessibility, best practices and SEO 1.00 (the 404 page: but for the audits a 404 fails by design, ${Object.values(BECAUSE_404).flat().join(', ')}). "Before": ${before?.measured ?? 'no baseline recorded'}. Transfer: Lighthouse's total byte weight of the first run (first visit, compressed).`,
    table(rows),
  )
}

if (require.main === module) runAlone(phoneReport)
