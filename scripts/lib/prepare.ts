/**
 * What `npm start` and `npm run start:edge` do before serving: check a local dataset (so a corrupt file is
 * named with its line before anything starts), and build the production site when there is no current build.
 */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildFingerprint, clearDataCache, isBuildCurrent, markBuild } from './build-state'
import { DatasetParseError, parseNdjson } from '../../lib/content/sources/dataset'
import { datasetFile } from '../../lib/content/dataset-file'
import { contentMode } from '../../lib/env'

export const ROOT = path.resolve(__dirname, '..', '..')
export const NEXT_BIN = require.resolve('next/dist/bin/next')

/** The production server: Next.js behind the front door (scripts/serve.mjs). */
export const SERVER_SCRIPT = path.join(ROOT, 'scripts', 'serve.mjs')

/**
 * The production server on a port of every interface, with telemetry off: Next.js's own request handlers
 * (as `next start`), behind the front door. Used by `npm start`, `npm run start:edge`, the end-to-end tests
 * and the benchmarks.
 */
export function spawnServer(
  port: number | string,
  stdio: StdioOptions,
  env: NodeJS.ProcessEnv = process.env,
): ChildProcess {
  // --no-webstorage: Node.js 26 offers localStorage and warns when a library merely looks for it on the server.
  return spawn(process.execPath, ['--no-webstorage', SERVER_SCRIPT], {
    cwd: ROOT,
    stdio,
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
  })
}

/** Exits the process with the file, line and reason when the local dataset cannot be used. */
export function checkDataset() {
  if (contentMode() !== 'local') return
  const file = datasetFile()
  if (!fs.existsSync(file)) {
    console.error(
      `Content dataset not found: ${file}\nSet CONTENT_DATASET to an NDJSON export, or unset it to use the bundled dataset.`,
    )
    process.exit(1)
  }
  try {
    const docs = parseNdjson(fs.readFileSync(file, 'utf8'), file)
    console.log(`Local mode: ${docs.length} documents from ${path.relative(ROOT, file) || file}`)
  } catch (error) {
    if (error instanceof DatasetParseError) {
      console.error(
        `The content dataset cannot be read.\n  file:   ${error.file}\n  line:   ${error.line}\n  reason: ${error.reason}`,
      )
      process.exit(1)
    }
    throw error
  }
}

/** Builds into `distDir` (absolute) unless it holds a build of these sources and settings; exits on failure. */
export function buildIfNeeded(distDir: string) {
  const fingerprint = buildFingerprint(ROOT)
  if (isBuildCurrent(distDir, fingerprint)) return
  console.log('No current production build: building first (about a minute)…')
  clearDataCache(distDir)
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
  markBuild(distDir, fingerprint)
}
