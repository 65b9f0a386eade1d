#!/usr/bin/env node
// @ts-check
/**
 * The production server: Next.js (the same request handlers `next start` uses, through its custom-server
 * API) behind the front door (lib/front-door.mjs), which answers odd methods, malformed addresses, ranges
 * and Server Action headers before Next.js sees them. Listens on PORT (default 3000) on every interface.
 * Started by `npm start`, `npm run start:edge`, the end-to-end tests and the benchmarks (scripts/lib/prepare.ts).
 * JavaScript, not TypeScript: it is the process itself, run by Node without a compiler.
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { guardResponse, prepareRequest, screenRequest } from '../lib/front-door.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || 3000)
// As `next start` does: route handlers (the webhook's warming) and metadata read the port from here.
process.env.PORT = String(port)
// And as bin/next does for `next start` (a custom server is not told otherwise).
Object.assign(process.env, { NODE_ENV: 'production' })

const app = next({ dev: false, dir: ROOT, port })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  const refusal = screenRequest(req)
  if (refusal) {
    res.writeHead(refusal.status, refusal.headers)
    res.end(req.method === 'HEAD' ? undefined : refusal.body)
    return
  }
  prepareRequest(req)
  guardResponse(res)
  handle(req, res).catch((error) => {
    console.error(`[server] request failed · url=${JSON.stringify((req.url ?? '').slice(0, 200))} reason=${JSON.stringify(String(error?.message ?? error))}`)
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Internal Server Error')
    } else res.end()
  })
})

server.listen(port, () => console.log(`ready on http://localhost:${port} (front door: lib/front-door.mjs)`))

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close(() => {
      app
        .close()
        .catch(() => undefined)
        .finally(() => process.exit(0))
    })
    // Keep-alive connections would hold close() open; end them once in-flight requests are answered.
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
