/**
 * Whether the production build in a dist folder is current: built from these sources, this lockfile,
 * these build-time settings and this dataset. `npm start` rebuilds when it is not.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SOURCE_DIRS = ['app', 'components', 'lib', 'sanity', 'public']
const SOURCE_FILES = [
  'package-lock.json',
  'next.config.ts',
  'proxy.ts',
  'tsconfig.json',
  'sanity.config.ts',
  'sanity.cli.ts',
]
/**
 * Settings that change what a build contains (inlined at build time or used to prerender pages). Not
 * REDIS_URL: the server (scripts/serve.mjs) reads it when it starts, and the build never uses Redis.
 */
const BUILD_ENV = [
  'NEXT_PUBLIC_SANITY_PROJECT_ID',
  'NEXT_PUBLIC_SANITY_DATASET',
  'NEXT_PUBLIC_SANITY_API_VERSION',
  'NEXT_PUBLIC_SITE_URL',
  'SITE_URL',
  'CONTENT_DATASET',
  'HSTS',
  'PRERENDER_ENTRIES',
  // Secrets are not build settings, but a build made with them present is a different build to check.
  'SANITY_API_READ_TOKEN',
  'SANITY_REVALIDATE_SECRET',
  'SANITY_PREVIEW_SECRET',
  'SANITY_STUDIO_PREVIEW_ORIGIN',
]

function walk(dir: string, out: string[]) {
  if (!fs.existsSync(dir)) return
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else out.push(full)
  }
}

export function buildFingerprint(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = crypto.createHash('sha256')
  const files: string[] = []
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir), files)
  for (const file of SOURCE_FILES) if (fs.existsSync(path.join(root, file))) files.push(path.join(root, file))
  for (const file of files.sort()) {
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  for (const key of BUILD_ENV) hash.update(`${key}=${env[key] ?? ''}\n`)
  const dataset = env.CONTENT_DATASET ? path.resolve(root, env.CONTENT_DATASET) : undefined
  if (dataset && fs.existsSync(dataset)) hash.update(fs.readFileSync(dataset))
  return hash.digest('hex')
}

const STAMP = 'source-fingerprint'

export function isBuildCurrent(distDir: string, fingerprint: string): boolean {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) return false
  try {
    return fs.readFileSync(path.join(distDir, STAMP), 'utf8').trim() === fingerprint
  } catch {
    return false
  }
}

/**
 * `next build` reuses the data cache of the previous build in the same folder (our content reads are
 * cached there). A rebuild must read the content afresh, so that cache goes first.
 */
export function clearDataCache(distDir: string) {
  fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
}

export function markBuild(distDir: string, fingerprint: string) {
  fs.writeFileSync(path.join(distDir, STAMP), `${fingerprint}\n`)
}
