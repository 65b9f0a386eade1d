/**
 * Production builds and servers (scripts/serve.mjs) for end-to-end tests. Each build lives in its own folder under
 * .build/ and is rebuilt only when its sources or settings change; each server runs on a private copy of a
 * build, so tests that publish or revalidate never see each other's cache.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildFingerprint, clearDataCache, isBuildCurrent, markBuild } from '../../../scripts/lib/build-state'
import { NEXT_BIN, spawnServer } from '../../../scripts/lib/prepare'
import { captureOutput, freePort, stopProcess, waitUntil } from '../../../scripts/lib/processes'

export { freePort, stopProcess }

export const ROOT = path.resolve(__dirname, '..', '..', '..')

export type Env = Record<string, string | undefined>

const quietEnv = (env: Env): NodeJS.ProcessEnv => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_ENV: 'production',
  ...env,
})

/**
 * Build once per name and settings; returns the dist folder relative to the project. Asynchronous, so that
 * servers in this process (a Content Lake stand-in) keep answering while the build queries them.
 */
export async function ensureBuild(name: string, env: Env = {}): Promise<string> {
  const distDir = path.join('.build', name)
  const abs = path.join(ROOT, distDir)
  const fullEnv = quietEnv({ ...env, NEXT_DIST_DIR: distDir })
  const fingerprint = buildFingerprint(ROOT, fullEnv)
  if (isBuildCurrent(abs, fingerprint)) {
    writeBuildEnv(abs, env)
    return distDir
  }
  const started = Date.now()
  clearDataCache(abs)
  const child = spawn(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    env: fullEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (status !== 0) throw new Error(`next build (${name}) failed:\n${output}`)
  markBuild(abs, fingerprint)
  writeBuildEnv(abs, env)
  console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return distDir
}

/** The settings a build was made with, kept beside it for the servers that share it (see startSite). */
const buildEnvFile = (absDistDir: string) => path.join(absDistDir, 'test-build-env.json')
function writeBuildEnv(absDistDir: string, env: Env) {
  fs.writeFileSync(buildEnvFile(absDistDir), JSON.stringify(env))
}
function readBuildEnv(absDistDir: string): Env {
  const file = buildEnvFile(absDistDir)
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Env) : {}
}

export interface Site {
  url: string
  port: number
  /** The server process (its memory is what the load benchmark watches). */
  pid: number
  distDir: string
  output: () => string
  stop: () => Promise<void>
}

let runs = 0

/**
 * Start the server on a private copy of a build, or on the build itself with `shareBuild`. Servers that share
 * a build share its ISR cache, so they run with the settings it was built with under `env`: once a page is
 * older than its `revalidate` time, any of them re-renders it for all, and a server without the build's
 * SITE_URL would write its own random port into the canonical and oEmbed links that the others then serve.
 */
export async function startSite(
  build: string,
  env: Env = {},
  options: { port?: number; shareBuild?: boolean } = {},
): Promise<Site> {
  let distDir = build
  if (options.shareBuild) env = { ...readBuildEnv(path.join(ROOT, build)), ...env }
  else {
    distDir = path.join('.build', `run-${process.pid}-${++runs}-${Date.now()}`)
    fs.cpSync(path.join(ROOT, build), path.join(ROOT, distDir), { recursive: true })
  }
  const port = options.port ?? (await freePort())
  const child = spawnServer(
    port,
    ['ignore', 'pipe', 'pipe'],
    quietEnv({ ...env, NEXT_DIST_DIR: distDir, PORT: String(port) }),
  )
  const output = captureOutput(child)
  const url = `http://127.0.0.1:${port}`
  await waitForServer(url, child, output)
  return {
    url,
    port,
    pid: child.pid as number,
    distDir,
    output,
    stop: async () => {
      await stopProcess(child)
      if (!options.shareBuild) fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true })
    },
  }
}

export async function waitForServer(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000) {
  await waitUntil(
    `server at ${url}`,
    child,
    output,
    async () => {
      const res = await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(2000) })
      await res.arrayBuffer()
      return true
    },
    timeoutMs,
  )
}

/** Fetch a path and return status, headers and text. */
export async function get(base: string, pathname: string, init: RequestInit = {}) {
  const res = await fetch(`${base}${pathname}`, { redirect: 'manual', ...init, signal: AbortSignal.timeout(30_000) })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

/** Internal links (href="/…") in an HTML page, without fragments and framework assets. */
export function internalLinks(html: string): string[] {
  const links = new Set<string>()
  for (const m of html.matchAll(/href="(\/[^"#]*)(#[^"]*)?"/g)) {
    const href = m[1].replace(/&amp;/g, '&')
    if (href.startsWith('/_next/') || href.startsWith('//')) continue
    links.add(href)
  }
  return [...links]
}

/** A draft-mode cookie (`name=value`) from the site's enable route, with the test builds' preview secret. */
export async function draftCookie(base: string, secret: string): Promise<string> {
  const enable = await get(base, `/api/draft-mode/enable?secret=${secret}&redirect=/`)
  const cookie = (enable.headers.get('set-cookie') ?? '').split(';')[0]
  if (!cookie.startsWith('__prerender_bypass=')) throw new Error(`draft mode not enabled: ${enable.status}`)
  return cookie
}
