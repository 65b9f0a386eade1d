/**
 * The browser's main thread while a page loads, with and without V8's compile hint on the client runtime
 * (lib/build/compile-hints.ts), on the pages that still hydrate: draft previews (readers get documents without
 * the runtime, lib/reader-document.mjs). Debian's Chromium loads each page type from the production build in a fresh
 * context (empty cache, so no code cache either), and a trace gives the longest main-thread task that runs
 * JavaScript and the blocking time after the first paint (the part of each task, JavaScript or not, beyond
 * 50 ms, as Lighthouse counts it). The same files are served both ways: every script passes through the
 * browser's request interception, and the "without" loads have the hint's line taken off. Loads alternate
 * between the two, at full speed and with the CPU slowed 4x (Lighthouse's mobile setting); each figure is
 * the median of the loads.
 * Run: npm run bench:hydration  (or as part of npm run bench)   BENCH_LOADS=9 for more loads per cell (default 5)
 */
import { chromium, type Browser } from 'playwright-core'
import { COMPILE_HINT } from '../lib/build/compile-hints'
import { LOCAL_BUILD_ENV } from '../tests/e2e/global-setup'
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/e2e/support/browser'
import { draftCookie, ensureBuild, startSite } from '../tests/e2e/support/site'
import { runAlone, section } from './lib/report'
import { median, table } from './lib/stats'

const PAGES: [string, string][] = [
  ['home', '/'],
  ['A–Z', '/diseases'],
  ['entry (calciphylaxis)', '/diseases/calciphylaxis'],
  ['search results', '/search?q=kidney'],
]
const LOADS = Number(process.env.BENCH_LOADS ?? 5)
const CPU_RATES = [1, 4]

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

export interface LoadFigures {
  longestScriptTaskMs: number
  blockingMs: number
}

/** Trace events that mean a task ran JavaScript. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'RunMicrotasks', 'TimerFire'])

/** Longest task that ran JavaScript, and blocking time after the first contentful paint, on the page's main thread. */
export function mainThreadFigures(events: TraceEvent[]): LoadFigures {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint')
  if (!fcp) throw new Error('no first contentful paint in the trace')
  const main = events.find((e) => e.pid === fcp.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  if (!main) throw new Error('no renderer main thread in the trace')
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined,
  )
  const scripts = events.filter((e) => SCRIPT_EVENTS.has(e.name) && e.pid === main.pid && e.tid === main.tid)
  const runsScript = (t: TraceEvent) => scripts.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur as number))
  const ms = (us: number) => us / 1000
  return {
    longestScriptTaskMs: ms(Math.max(0, ...tasks.filter(runsScript).map((t) => t.dur as number))),
    blockingMs: ms(
      tasks.reduce(
        (sum, t) => (t.ts + (t.dur as number) > fcp.ts ? sum + Math.max(0, (t.dur as number) - 50_000) : sum),
        0,
      ),
    ),
  }
}

async function load(
  browser: Browser,
  url: string,
  cpuRate: number,
  withHint: boolean,
  draft: string,
): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } })
  try {
    await context.addCookies([{ name: '__prerender_bypass', value: draft, url }])
    const page = await context.newPage()
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      const response = await route.fetch()
      const body = await response.text()
      await route.fulfill({ response, body: withHint ? body : body.replace(COMPILE_HINT, '') })
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate })
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(1000 * cpuRate)
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
    return mainThreadFigures(trace.traceEvents)
  } finally {
    await context.close()
  }
}

export async function benchHydration() {
  process.env.LOG_QUIET = '1'
  const build = await ensureBuild('local', LOCAL_BUILD_ENV)
  const site = await startSite(build, { LOG_QUIET: '1' })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  try {
    const draft = (await draftCookie(site.url, LOCAL_BUILD_ENV.SANITY_PREVIEW_SECRET)).replace(/^[^=]*=/, '')
    const rows: Record<string, string | number>[] = []
    for (const [type, pathname] of PAGES) {
      await load(browser, `${site.url}${pathname}`, 1, true, draft) // warms the server
      for (const cpuRate of CPU_RATES) {
        const runs: Record<'with' | 'without', LoadFigures[]> = { with: [], without: [] }
        for (let i = 0; i < LOADS; i++) {
          const order: ('with' | 'without')[] = i % 2 ? ['without', 'with'] : ['with', 'without']
          for (const variant of order)
            runs[variant].push(await load(browser, `${site.url}${pathname}`, cpuRate, variant === 'with', draft))
        }
        const cell = (variant: 'with' | 'without', key: keyof LoadFigures) =>
          Math.round(median(runs[variant].map((r) => r[key])))
        rows.push({
          page: `${type} ${pathname}`,
          CPU: `${cpuRate}x`,
          'longest script task ms: no hint': cell('without', 'longestScriptTaskMs'),
          'longest script task ms: hint': cell('with', 'longestScriptTaskMs'),
          'blocking ms after FCP: no hint': cell('without', 'blockingMs'),
          'blocking ms after FCP: hint': cell('with', 'blockingMs'),
        })
      }
    }
    return rows
  } finally {
    await browser.close()
    await site.stop()
  }
}

/** The section of bench/RESULTS.md. */
export async function hydrationReport(): Promise<string> {
  return section(
    `## Hydration task of draft previews: main thread during a page load, with and without the compile hint (Chromium, 412 px wide, median of ${LOADS} loads each)`,
    'Readers get documents without the client runtime (lib/reader-document.mjs; see the phone section); draft previews, which an editor opens beside the Studio, still hydrate, so they are what this measures.',
    table(await benchHydration()),
    'Blocking time counts every task that ends after the first contentful paint, JavaScript or not. The entry page’s longest task is none of these: it is the first layout of the long article (50 to 75 ms at full speed, before the first paint, no JavaScript).',
  )
}

if (require.main === module) runAlone(hydrationReport)
