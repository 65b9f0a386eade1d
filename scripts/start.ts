/**
 * `npm start`: serve the production site, building it first when there is no current build.
 * In local mode the dataset is checked before anything starts, so a corrupt file is named with its line.
 */
import { spawnSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { buildFingerprint, clearDataCache, isBuildCurrent, markBuild } from './lib/build-state'
import { DatasetParseError, parseNdjson } from '../lib/content/sources/dataset'
import { contentMode, datasetFile } from '../lib/env'

const root = path.resolve(__dirname, '..')
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next')
const nextBin = require.resolve('next/dist/bin/next')

function checkDataset() {
  if (contentMode() !== 'local') return
  const file = datasetFile()
  if (!fs.existsSync(file)) {
    console.error(`Content dataset not found: ${file}\nSet CONTENT_DATASET to an NDJSON export, or unset it to use the bundled dataset.`)
    process.exit(1)
  }
  try {
    const docs = parseNdjson(fs.readFileSync(file, 'utf8'), file)
    console.log(`Local mode: ${docs.length} documents from ${path.relative(root, file) || file}`)
  } catch (error) {
    if (error instanceof DatasetParseError) {
      console.error(`The content dataset cannot be read.\n  file:   ${error.file}\n  line:   ${error.line}\n  reason: ${error.reason}`)
      process.exit(1)
    }
    throw error
  }
}

checkDataset()
const fingerprint = buildFingerprint(root)
if (!isBuildCurrent(distDir, fingerprint)) {
  console.log('No current production build: building first (about a minute)…')
  clearDataCache(distDir)
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) process.exit(build.status ?? 1)
  markBuild(distDir, fingerprint)
}

const port = process.env.PORT || '3000'
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
