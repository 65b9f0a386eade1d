/**
 * `npm start`: serve the production site, building it first when there is no current build.
 * In local mode the dataset is checked before anything starts, so a corrupt file is named with its line.
 */
import path from 'node:path'
import { ROOT, buildIfNeeded, checkDataset, spawnServer } from './lib/prepare'

checkDataset()
buildIfNeeded(path.join(ROOT, process.env.NEXT_DIST_DIR || '.next'))

const port = process.env.PORT || '3000'
const server = spawnServer(port, 'inherit')
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
