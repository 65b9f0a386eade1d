/**
 * `npm start`: serve the production site, building it first when there is no current build.
 * In local mode the dataset is checked before anything starts, so a corrupt file is named with its line.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { NEXT_BIN, ROOT, buildIfNeeded, checkDataset } from './lib/prepare'

checkDataset()
buildIfNeeded(path.join(ROOT, process.env.NEXT_DIST_DIR || '.next'))

const port = process.env.PORT || '3000'
const server = spawn(process.execPath, [NEXT_BIN, 'start', '-p', port], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
