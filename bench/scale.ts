/**
 * Scale-out: requests/s of the cached entry page from one server instance and from two instances
 * sharing one Redis cache, each behind the same nginx load balancer (no caching there), with wrk on
 * loopback at the same concurrency. One instance with its default file-system cache is the baseline.
 * Run: npm run bench:scale  (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_THREADS; or as part of npm run bench)
 */
import { startNginx, type Nginx } from '../scripts/lib/nginx'
import { startRedis, type RedisServer } from '../scripts/lib/redis-server'
import { LOCAL_BUILD_ENV } from '../tests/e2e/global-setup'
import { ensureBuild, startSite, type Site } from '../tests/e2e/support/site'
import { table } from './lib/stats'
import { load, loadSettings, type LoadSettings } from './lib/wrk'
import { runAlone, section } from './lib/report'

const PAGE = '/diseases/calciphylaxis'

/** A plain load balancer: round robin over the instances, keep-alive, whole responses held in memory. */
function balancer(upstreams: string[]) {
  return ({ port }: { port: number }) => `upstream instances {
  ${upstreams.map((u) => `server ${u};`).join(' ')}
  keepalive 64;
}
server {
  listen 127.0.0.1:${port};
  location / {
    proxy_pass http://instances;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_buffer_size 16k;
    proxy_buffers 32 16k;
  }
}
`
}

export interface ScaleBench {
  settings: LoadSettings
  rows: Record<string, string | number>[]
  /** Two instances sharing Redis over one instance with its file-system cache. */
  twoVsOne: number
}

export async function benchScale(settings: LoadSettings = loadSettings()): Promise<ScaleBench> {
  process.env.LOG_QUIET = '1'
  const build = await ensureBuild('local', LOCAL_BUILD_ENV)
  const setups: { name: string; instances: number; redis: boolean }[] = [
    { name: 'one instance, file-system cache', instances: 1, redis: false },
    { name: 'one instance, Redis cache', instances: 1, redis: true },
    { name: 'two instances, shared Redis cache', instances: 2, redis: true },
  ]
  const rows: Record<string, string | number>[] = []
  let baseline = 0
  let two = 0
  for (const setup of setups) {
    let redis: RedisServer | undefined
    let lb: Nginx | undefined
    const sites: Site[] = []
    try {
      if (setup.redis) redis = await startRedis()
      for (let i = 0; i < setup.instances; i++)
        sites.push(await startSite(build, { LOG_QUIET: '1', ...(redis ? { REDIS_URL: redis.url } : {}) }))
      lb = await startNginx(balancer(sites.map((s) => `127.0.0.1:${s.port}`)))
      const url = `${lb.url}${PAGE}`
      // Each instance renders the page into the shared cache (or its own) before the measurement.
      for (let i = 0; i < setup.instances * 2; i++) await (await fetch(url)).arrayBuffer()
      await load(url, { ...settings, seconds: 2 })
      const r = await load(url, settings)
      if (!baseline) baseline = r.requestsPerSecond
      if (setup.instances === 2) two = r.requestsPerSecond
      rows.push({
        setup: setup.name,
        'requests/s': Math.round(r.requestsPerSecond),
        'p50 ms': r.p50Ms,
        'p99 ms': r.p99Ms,
        '× one instance': r.requestsPerSecond / baseline,
        'non-2xx': r.non2xx,
        'timeouts (2 s)': r.timeouts,
      })
    } finally {
      await lb?.stop()
      await Promise.all(sites.map((s) => s.stop()))
      await redis?.stop()
    }
  }
  return { settings, rows, twoVsOne: two / baseline }
}

/** The section of bench/RESULTS.md. */
export async function scaleReport(): Promise<string> {
  const r = await benchScale()
  const { connections, threads, seconds } = r.settings
  return section(
    `## Scale-out with a shared Redis cache: the cached entry page (${PAGE}) through an nginx balancer, wrk -t${threads} -c${connections} -d${seconds}s`,
    table(r.rows),
    `Two instances / one: ${r.twoVsOne.toFixed(2)}×.`,
  )
}

if (require.main === module) runAlone(scaleReport)
