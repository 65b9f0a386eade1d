/**
 * `next build` with the bundled dataset and with 1,000 and 10,000 synthetic entries: wall time and peak
 * memory of the build's process tree; then, on the 10,000-entry build, the first render of an entry that was
 * not prerendered, and the same entry again from the cache.
 * Run: npm run bench:build  (BENCH_SIZES=0,1000,10000; 0 is the bundled dataset)
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { buildFingerprint, markBuild } from '../scripts/lib/build-state'
import { ROOT, get, startSite } from '../tests/e2e/support/site'
import { mb, watchPeak } from './lib/proc'
import { table } from './lib/stats'
import { syntheticDataset, syntheticSlug } from './lib/synthetic'
import { runAlone, section } from './lib/report'

const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')

export function writeSyntheticDataset(count: number): string {
  const dir = path.join(os.tmpdir(), 'open-medical-encyclopedia-bench')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `synthetic-${count}.ndjson`)
  if (!fs.existsSync(file))
    fs.writeFileSync(
      file,
      syntheticDataset(count)
        .map((d) => JSON.stringify(d))
        .join('\n') + '\n',
    )
  return file
}

export async function timedBuild(name: string, env: Record<string, string>) {
  const distDir = path.join('.build', name)
  fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true })
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    LOG_QUIET: '1',
  }
  const started = performance.now()
  const child = spawn(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    env: fullEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const stop = watchPeak(child.pid as number)
  const status = await new Promise<number | null>((r) => child.on('exit', r))
  const peak = stop()
  if (status !== 0) throw new Error(`build ${name} failed:\n${output.slice(-3000)}`)
  markBuild(path.join(ROOT, distDir), buildFingerprint(ROOT, fullEnv))
  const pages = (/Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(output) ?? [])[2] ?? '?'
  return { distDir, seconds: (performance.now() - started) / 1000, peakMb: mb(peak), pages }
}

export async function benchBuild(sizes = (process.env.BENCH_SIZES ?? '0,1000,10000').split(',').map(Number)) {
  const rows: Record<string, string | number>[] = []
  let firstRender: Record<string, string | number>[] = []
  for (const n of sizes) {
    const env: Record<string, string> = n === 0 ? {} : { CONTENT_DATASET: writeSyntheticDataset(n) }
    const result = await timedBuild(`bench-${n || 'bundled'}`, env)
    rows.push({
      dataset: n === 0 ? 'bundled (27 entries)' : `${n.toLocaleString('en')} synthetic entries`,
      'build s': Math.round(result.seconds),
      'peak MB': result.peakMb,
      'pages prerendered': result.pages,
    })
    if (n === Math.max(...sizes) && n > 0) firstRender = await benchFirstRender(result.distDir, env, n)
  }
  return { rows, firstRender, largest: Math.max(...sizes) }
}

/** An entry beyond the prerendered ones: its first request renders it; the second comes from the cache. */
async function benchFirstRender(distDir: string, env: Record<string, string>, n: number) {
  const site = await startSite(distDir, { ...env, LOG_QUIET: '1' })
  try {
    const rows: Record<string, string | number>[] = []
    // Warm the server first (its first requests load code): the figure is the render, not the start-up.
    for (const warm of ['/', '/diseases', `/diseases/${syntheticSlug(0)}`, `/diseases/${syntheticSlug(n - 4)}`])
      await get(site.url, warm)
    for (const i of [n - 1, n - 2, n - 3]) {
      const slug = syntheticSlug(i)
      let t = performance.now()
      const first = await get(site.url, `/diseases/${slug}`)
      const firstMs = performance.now() - t
      t = performance.now()
      const second = await get(site.url, `/diseases/${slug}`)
      const secondMs = performance.now() - t
      rows.push({
        entry: slug,
        'first render ms': Math.round(firstMs),
        status: first.status,
        'cached ms': Number(secondMs.toFixed(1)),
        cache: second.headers.get('x-nextjs-cache') ?? '',
      })
    }
    return rows
  } finally {
    await site.stop()
  }
}

/** The section of bench/RESULTS.md. */
export async function buildReport(): Promise<string> {
  const r = await benchBuild()
  const parts = ['## next build: time and peak memory (whole process tree)', table(r.rows)]
  if (r.firstRender.length)
    parts.push(
      `### First render of entries that were not prerendered (${r.largest.toLocaleString('en')}-entry build, server warmed up)`,
      table(r.firstRender),
    )
  return section(...parts)
}

if (require.main === module) runAlone(buildReport)
