/**
 * `npm run start:edge`: the production stack on one machine. nginx with the shipped recipe
 * (deploy/nginx/encyclopedia.conf.template) on EDGE_PORT, in front of EDGE_INSTANCES server instances (scripts/serve.mjs)
 * on ports PORT, PORT+1, …, sharing one Redis cache: REDIS_URL, or a throw-away redis-server started here
 * when there are several instances. Builds first when there is no current build, like `npm start`.
 */
import { type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { newRefreshToken, startEdge, type Nginx } from './lib/nginx'
import { ROOT, buildIfNeeded, checkDataset, spawnServer } from './lib/prepare'
import { acceptsConnections, stopProcess, waitUntil } from './lib/processes'
import { startRedis, type RedisServer } from './lib/redis-server'

function whole(name: string, fallback: number, min: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    console.error(`${name} must be a whole number of at least ${min} (got "${raw}").`)
    process.exit(1)
  }
  return value
}

const edgePort = whole('EDGE_PORT', 8080, 1)
const instances = whole('EDGE_INSTANCES', 2, 1)
const firstPort = whole('PORT', 3001, 1)
const distDir = process.env.NEXT_DIST_DIR || '.next'

const children: ChildProcess[] = []
let redis: RedisServer | undefined
let edge: Nginx | undefined
const copies: string[] = []
let stopping = false

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  await edge?.stop()
  await Promise.all(children.map((child) => stopProcess(child)))
  await redis?.stop()
  for (const copy of copies) fs.rmSync(copy, { recursive: true, force: true })
  process.exit(code)
}

async function main() {
  checkDataset()
  buildIfNeeded(path.join(ROOT, distDir))

  let redisUrl = process.env.REDIS_URL
  if (!redisUrl && instances > 1) {
    redis = await startRedis()
    redisUrl = redis.url
    console.log(`Redis (throw-away, not persisted): ${redisUrl}`)
  }

  // The instance that receives a publish refreshes the changed pages at the edge with this secret.
  const refreshToken = newRefreshToken()
  const upstreams: string[] = []
  for (let i = 0; i < instances; i++) {
    const port = firstPort + i
    // Each instance gets its own copy of the build, as each container would: their local caches are theirs.
    const copy = path.join('.build', `edge-${port}`)
    fs.rmSync(path.join(ROOT, copy), { recursive: true, force: true })
    fs.cpSync(path.join(ROOT, distDir), path.join(ROOT, copy), { recursive: true })
    copies.push(path.join(ROOT, copy))
    const child = spawnServer(port, ['ignore', 'inherit', 'inherit'], {
      ...process.env,
      NEXT_DIST_DIR: copy,
      PORT: String(port),
      EDGE_REFRESH_URLS: `http://127.0.0.1:${edgePort}`,
      EDGE_REFRESH_TOKEN: refreshToken,
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    })
    children.push(child)
    child.on('exit', (code) => {
      if (stopping) return
      console.error(`The server on port ${port} exited (${code ?? 'signal'}); stopping the stack.`)
      void shutdown(1)
    })
    await waitUntil(
      `the server on port ${port}`,
      child,
      () => '',
      () => acceptsConnections(port),
      60_000,
    )
    upstreams.push(`127.0.0.1:${port}`)
  }

  edge = await startEdge(upstreams, { port: edgePort, refreshToken })
  console.log(`\nEdge (nginx: 1-second micro-cache, refreshed on publish): http://localhost:${edgePort}`)
  console.log(`Instances: ${upstreams.map((u) => `http://${u}`).join(', ')}${redisUrl ? ` sharing ${redisUrl}` : ''}`)
  console.log('X-Cache-Status on each response shows HIT, MISS, STALE or BYPASS. Ctrl-C stops everything.')
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0))
main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  await shutdown(1)
})
