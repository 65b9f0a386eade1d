/**
 * The cached entry page four ways, with wrk on loopback at the same concurrency: through the shipped nginx
 * recipe (deploy/nginx/); as a static file served by nginx with the page's own response headers (the same
 * bytes on the wire as the edge sends) and with nginx's bare file headers; and the server alone (from its
 * ISR cache). Requests/s, p50, p99 and the ratios. Target: the edge at 0.9× or more of the static file.
 * Run: npm run bench:edge  (BENCH_PAGE, default /diseases/calciphylaxis; BENCH_EDGE_ROUNDS, default 9; BENCH_SECONDS, default 5 here;
 * BENCH_CONNECTIONS, BENCH_THREADS; or as part of npm run bench)
 */
import fs from 'node:fs'
import path from 'node:path'
import { startEdge, startNginx, type Nginx } from '../scripts/lib/nginx'
import { LOCAL_BUILD_ENV } from '../tests/e2e/global-setup'
import { ensureBuild, startSite, type Site } from '../tests/e2e/support/site'
import { median, table } from './lib/stats'
import { load, loadSettings, type LoadResult, type LoadSettings } from './lib/wrk'
import { runAlone, section } from './lib/report'
import { pageHeaders, staticPageConfig } from './lib/static-page'

export interface EdgeBench {
  settings: LoadSettings
  page: string
  pageBytes: number
  /** How many of the page's response headers the static yardstick repeats. */
  headerCount: number
  rows: Record<string, string | number>[]
  /** Edge requests/s over those of the static file sent with the page's headers: the median of the rounds' ratios (target ≥ 0.9). */
  edgeVsStatic: number
  edgeVsStaticPerRound: number[]
  /** The same against the file with nginx's bare headers. */
  edgeVsBare: number
  edgeVsBarePerRound: number[]
  /** Edge requests/s over the server's requests/s (median runs). */
  edgeVsNext: number
  rounds: number
}

export async function benchEdge(
  settings: LoadSettings = loadSettings({ BENCH_SECONDS: '5', ...process.env }),
  page = process.env.BENCH_PAGE || '/diseases/calciphylaxis',
): Promise<EdgeBench> {
  process.env.LOG_QUIET = '1'
  const build = await ensureBuild('local', LOCAL_BUILD_ENV)
  let site: Site | undefined
  let edge: Nginx | undefined
  let statics: Nginx | undefined
  let bare: Nginx | undefined
  try {
    site = await startSite(build, { LOG_QUIET: '1' })
    // The bytes a reader gets (uncompressed, as wrk asks), to serve as a file.
    const res = await fetch(`${site.url}${page}`, { headers: { 'accept-encoding': 'identity' } })
    const html = Buffer.from(await res.arrayBuffer())
    if (res.status !== 200 || res.headers.get('x-nextjs-cache') !== 'HIT')
      throw new Error(`${page} is not served from the ISR cache (${res.status})`)
    edge = await startEdge([`127.0.0.1:${site.port}`])
    // Two static servers: one with the page's own headers (the same bytes on the wire as the edge sends: the
    // target's yardstick) and one with nginx's bare file headers, shown for comparison.
    const contentType = res.headers.get('content-type') ?? 'text/html'
    const serveFile = (headers: [string, string][]) =>
      startNginx(({ port, dir }) => {
        const root = path.join(dir, 'www')
        fs.mkdirSync(root)
        fs.writeFileSync(path.join(root, 'page'), html)
        fs.chmodSync(root, 0o755)
        return staticPageConfig({ port, root, file: 'page', contentType, headers })
      })
    const headers = pageHeaders(res.headers)
    statics = await serveFile(headers)
    bare = await serveFile([])

    const STATIC = "nginx, static file with the page's headers"
    const EDGE = 'edge (nginx recipe) → server'
    const BARE = 'nginx, static file, bare headers'
    const NEXT = 'server alone (ISR cache)'
    const urls: Record<string, string> = {
      [STATIC]: `${statics.url}${page}`,
      [EDGE]: `${edge.url}${page}`,
      [BARE]: `${bare.url}${page}`,
      [NEXT]: `${site.url}${page}`,
    }
    // The servers share two cores with wrk, and this machine's speed drifts by a fifth within minutes and now
    // and then halves for a few seconds: the nginx targets take turns for BENCH_EDGE_ROUNDS short rounds
    // (default 9 of 5 s), in reverse order every other round so that a drift does not always favour the same
    // target, and each ratio is taken within a round (runs seconds apart) and reported by its median. next
    // start alone, far slower, runs once at the end.
    const rounds = Number(process.env.BENCH_EDGE_ROUNDS) || 9
    const warmUp = { ...settings, seconds: 1 }
    const run = async (name: string) => {
      await load(urls[name], warmUp)
      return load(urls[name], settings)
    }
    const order = [STATIC, EDGE, BARE]
    const runs = new Map<string, LoadResult[]>(order.map((name) => [name, []]))
    for (let round = 0; round < rounds; round++)
      for (const name of round % 2 ? [...order].reverse() : order) runs.get(name)!.push(await run(name))
    runs.set(NEXT, [await run(NEXT)])
    const perRound = (name: string, base = STATIC) =>
      runs.get(name)!.map((r, i) => r.requestsPerSecond / runs.get(base)![i].requestsPerSecond)
    const medianRun = (name: string) => {
      const all = runs.get(name)!
      const rps = median(all.map((r) => r.requestsPerSecond))
      return all.find((r) => r.requestsPerSecond === rps)!
    }
    const staticRps = medianRun(STATIC).requestsPerSecond
    const rows = [STATIC, EDGE, BARE, NEXT].map((name) => {
      const r = medianRun(name)
      const ratio = name === NEXT ? r.requestsPerSecond / staticRps : median(perRound(name))
      return {
        target: name,
        'requests/s': Math.round(r.requestsPerSecond),
        'p50 ms': r.p50Ms,
        'p99 ms': r.p99Ms,
        '× static': ratio,
        'non-2xx': r.non2xx,
        'timeouts (2 s)': r.timeouts,
      }
    })
    return {
      settings,
      page,
      pageBytes: html.length,
      headerCount: headers.length,
      rows,
      edgeVsStatic: median(perRound(EDGE)),
      edgeVsStaticPerRound: perRound(EDGE),
      edgeVsBare: median(perRound(EDGE, BARE)),
      edgeVsBarePerRound: perRound(EDGE, BARE),
      edgeVsNext: medianRun(EDGE).requestsPerSecond / medianRun(NEXT).requestsPerSecond,
      rounds,
    }
  } finally {
    await bare?.stop()
    await statics?.stop()
    await edge?.stop()
    await site?.stop()
  }
}

const listRounds = (ratios: number[]) => ratios.map((x) => x.toFixed(2)).join(', ')

/** The section of bench/RESULTS.md. */
export async function edgeReport(): Promise<string> {
  const r = await benchEdge()
  const { connections, threads, seconds } = r.settings
  return section(
    '## Cached entry page: the server, the nginx edge, and nginx serving the same bytes',
    `${r.page} (${r.pageBytes} bytes of HTML), wrk -t${threads} -c${connections} -d${seconds}s on loopback, after a 1 s warm-up each. The nginx targets take ${r.rounds} rounds in turn (every other round in reverse order); each shows its median round, and "× static" is the median of its ratios within a round. The yardstick is the static file sent with the page's ${r.headerCount} response headers (security policy, Cache-Control, cache tags: what a static host of this site would send, and what the edge sends); the bare file shows what those headers cost.`,
    table(r.rows),
    `Edge / static file: ${r.edgeVsStatic.toFixed(3)}× (target ≥ 0.9×: ${r.edgeVsStatic >= 0.9 ? 'met' : 'not met'}; per round ${listRounds(r.edgeVsStaticPerRound)}). Edge / static file with bare headers: ${r.edgeVsBare.toFixed(3)}× (per round ${listRounds(r.edgeVsBarePerRound)}). Edge / server alone: ${r.edgeVsNext.toFixed(1)}×.`,
  )
}

if (require.main === module) runAlone(edgeReport)
