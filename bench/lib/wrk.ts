/**
 * Load with wrk (Debian's package) and its report as numbers: requests per second, latency percentiles,
 * and how many responses were not 2xx/3xx (a benchmark of error pages measures nothing) or never came.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const WRK = '/usr/bin/wrk'

export interface LoadSettings {
  connections: number
  threads: number
  seconds: number
}

/** BENCH_CONNECTIONS (64), BENCH_THREADS (2), BENCH_SECONDS (10): the same for every target of a run. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): LoadSettings {
  const n = (name: string, fallback: number) => {
    const value = Number(env[name])
    return Number.isInteger(value) && value > 0 ? value : fallback
  }
  return { connections: n('BENCH_CONNECTIONS', 64), threads: n('BENCH_THREADS', 2), seconds: n('BENCH_SECONDS', 10) }
}

export interface LoadResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Responses that were not 2xx/3xx. */
  non2xx: number
  /** Requests wrk gave up on (no answer within its 2 s time-out) or could not send. */
  timeouts: number
}

function ms(value: string, unit: string): number {
  const n = Number(value)
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n
}

export function parseWrk(report: string): LoadResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(report)
  const p50 = /^\s*50%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(report)
  const p99 = /^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$/m.exec(report)
  const total = /(\d+) requests in/.exec(report)
  if (!rps || !p50 || !p99 || !total) throw new Error(`unexpected wrk output:\n${report}`)
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(report)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report)
  return {
    requestsPerSecond: Number(rps[1]),
    p50Ms: ms(p50[1], p50[2]),
    p99Ms: ms(p99[1], p99[2]),
    requests: Number(total[1]),
    non2xx,
    timeouts: socket ? socket.slice(1).reduce((sum, v) => sum + Number(v), 0) : 0,
  }
}

export interface LoadOptions {
  headers?: Record<string, string>
  /** Paths to request in turn (on the URL's origin) instead of the URL alone: written to a wrk Lua script. */
  paths?: string[]
  /** Seconds wrk waits for an answer before it counts a time-out (wrk's default is 2). */
  timeoutSeconds?: number
}

/** A wrk script that requests `paths` in turn; each wrk thread starts at a different place in the list. */
function pathsScript(paths: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wrk-')), 'paths.lua')
  fs.writeFileSync(
    file,
    `local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = math.random(#paths)
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
`,
  )
  return file
}

/** Run wrk against one URL (or a list of paths on its origin) and parse its report. */
export async function load(url: string, settings: LoadSettings, options: LoadOptions = {}): Promise<LoadResult> {
  if (!fs.existsSync(WRK)) throw new Error(`${WRK} is missing: apt-get install wrk (npm test installs it)`)
  const args = [`-t${settings.threads}`, `-c${settings.connections}`, `-d${settings.seconds}s`, '--latency']
  if (options.timeoutSeconds) args.push('--timeout', `${options.timeoutSeconds}s`)
  const script = options.paths?.length ? pathsScript(options.paths) : undefined
  if (script) args.push('-s', script)
  for (const [k, v] of Object.entries(options.headers ?? {})) args.push('-H', `${k}: ${v}`)
  args.push(url)
  const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (script) fs.rmSync(path.dirname(script), { recursive: true, force: true })
  if (code !== 0) throw new Error(`wrk failed (${code}):\n${out}`)
  return parseWrk(out)
}
