/**
 * The cached entry page three ways, with wrk on loopback at the same concurrency: through the shipped nginx
 * recipe (deploy/nginx/), the same bytes as a static file served by nginx, and `next start` alone (from its
 * ISR cache). Requests/s, p50, p99 and the ratios. Target: the edge at 0.9× or more of the static file.
 * Run: npm run bench:edge  (BENCH_PAGE, default /diseases/calciphylaxis; BENCH_EDGE_ROUNDS, default 3; BENCH_SECONDS,
 * BENCH_CONNECTIONS, BENCH_THREADS; or as part of npm run bench)
 */
import fs from 'node:fs'
import path from 'node:path'
import { startEdge, startNginx, type Nginx } from '../scripts/lib/nginx'
import { LOCAL_BUILD_ENV } from '../tests/e2e/global-setup'
import { ensureBuild, startSite, type Site } from '../tests/e2e/support/site'
import { table } from './lib/stats'
import { load, loadSettings, type LoadResult, type LoadSettings } from './lib/wrk'
import { runAlone, section } from './lib/report'

export interface EdgeBench {
  settings: LoadSettings
  page: string
  pageBytes: number
  rows: Record<string, string | number>[]
  /** Edge requests/s over static-file requests/s (target ≥ 0.9). */
  edgeVsStatic: number
  /** Edge requests/s over next start requests/s. */
  edgeVsNext: number
  rounds: number
  /** Edge over static in each round (the rounds take turns, so each pair ran minutes apart at most). */
  edgeVsStaticPerRound: number[]
}

export async function benchEdge(settings: LoadSettings = loadSettings(), page = process.env.BENCH_PAGE || '/diseases/calciphylaxis'): Promise<EdgeBench> {
  process.env.LOG_QUIET = '1'
  const build = await ensureBuild('local', LOCAL_BUILD_ENV)
  let site: Site | undefined
  let edge: Nginx | undefined
  let statics: Nginx | undefined
  try {
    site = await startSite(build, { LOG_QUIET: '1' })
    // The bytes a reader gets (uncompressed, as wrk asks), to serve as a file.
    const res = await fetch(`${site.url}${page}`, { headers: { 'accept-encoding': 'identity' } })
    const html = Buffer.from(await res.arrayBuffer())
    if (res.status !== 200 || res.headers.get('x-nextjs-cache') !== 'HIT') throw new Error(`${page} is not served from the ISR cache (${res.status})`)
    edge = await startEdge([`127.0.0.1:${site.port}`])
    statics = await startNginx(({ port, dir }) => {
      fs.mkdirSync(path.join(dir, 'www'))
      fs.writeFileSync(path.join(dir, 'www', 'page.html'), html)
      fs.chmodSync(path.join(dir, 'www'), 0o755)
      return `server {\n  listen 127.0.0.1:${port};\n  root ${path.join(dir, 'www')};\n  default_type text/html;\n  location / { try_files /page.html =404; }\n}\n`
    })

    const targets: [string, string][] = [
      ['nginx, static file', `${statics.url}${page}`],
      ['edge (nginx recipe) → next start', `${edge.url}${page}`],
      ['next start alone (ISR cache)', `${site.url}${page}`],
    ]
    // The three share two cores with wrk, so one run of each drifts with whatever else the machine does:
    // BENCH_EDGE_ROUNDS rounds (default 3) take turns, and each target is reported by its median round.
    const rounds = Number(process.env.BENCH_EDGE_ROUNDS) || 3
    const warmUp = { ...settings, seconds: 2 }
    const runs = new Map<string, LoadResult[]>(targets.map(([name]) => [name, []]))
    for (let round = 0; round < rounds; round++)
      for (const [name, url] of targets) {
        await load(url, warmUp)
        runs.get(name)!.push(await load(url, settings))
      }
    const median = (name: string) => [...runs.get(name)!].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rounds / 2)]
    const results = new Map<string, LoadResult>(targets.map(([name]) => [name, median(name)]))
    const staticRps = results.get(targets[0][0])!.requestsPerSecond // always set: the first target
    const rows = targets.map(([name]) => {
      const r = results.get(name)!
      return { target: name, 'requests/s': Math.round(r.requestsPerSecond), 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, '× static': r.requestsPerSecond / staticRps, 'non-2xx': r.non2xx, 'timeouts (2 s)': r.timeouts }
    })
    const [, edgeResult, nextResult] = targets.map(([name]) => results.get(name)!)
    const perRound = runs.get(targets[1][0])!.map((r, i) => r.requestsPerSecond / runs.get(targets[0][0])![i].requestsPerSecond)
    return {
      settings,
      page,
      pageBytes: html.length,
      rows,
      edgeVsStatic: edgeResult.requestsPerSecond / staticRps,
      edgeVsNext: edgeResult.requestsPerSecond / nextResult.requestsPerSecond,
      rounds,
      edgeVsStaticPerRound: perRound,
    }
  } finally {
    await statics?.stop()
    await edge?.stop()
    await site?.stop()
  }
}

/** The section of bench/RESULTS.md. */
export async function edgeReport(): Promise<string> {
  const r = await benchEdge()
  const { connections, threads, seconds } = r.settings
  return section(
    '## Cached entry page: next start, the nginx edge, and nginx serving the same bytes',
    `${r.page} (${r.pageBytes} bytes of HTML), wrk -t${threads} -c${connections} -d${seconds}s on loopback, after a 2 s warm-up each; ${r.rounds} rounds taking turns, each target's median round shown.`,
    table(r.rows),
    `Edge / static file: ${r.edgeVsStatic.toFixed(3)}× (target ≥ 0.9×: ${r.edgeVsStatic >= 0.9 ? 'met' : 'not met'}; per round ${r.edgeVsStaticPerRound.map((x) => x.toFixed(2)).join(', ')}). Edge / next start alone: ${r.edgeVsNext.toFixed(1)}×.`,
  )
}

if (require.main === module) runAlone(edgeReport)
