#!/usr/bin/env node
// @ts-check
/**
 * The production server: Next.js (the same request handlers `next start` uses, through its custom-server
 * API) behind the front door (lib/front-door.mjs), which answers odd methods, malformed addresses, ranges
 * and Server Action headers before Next.js sees them. Reader pages leave as documents, without the
 * client runtime (lib/reader-document.mjs). Listens on PORT (default 3000) on every interface.
 * Started by `npm start`, `npm run start:edge`, the end-to-end tests and the benchmarks (scripts/lib/prepare.ts).
 * JavaScript, not TypeScript: it is the process itself, run by Node without a compiler.
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { configureFrontDoor, guardResponse, prepareRequest, screenRequest, serverError } from '../lib/front-door.mjs'
import { formatLine, limitLine } from '../lib/log-line.mjs'
import { readsAsDocument, sendAsDocument } from '../lib/reader-document.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || 3000)
// As `next start` does: route handlers (the webhook's warming) and metadata read the port from here.
process.env.PORT = String(port)
// And as bin/next does for `next start`, before Next.js is loaded: a production server.
if (process.env.NODE_ENV !== 'production') Object.assign(process.env, { NODE_ENV: 'production' })
const { default: next } = await import('next')

const app = next({ dev: false, dir: ROOT, port })
await app.prepare()
// After prepare(), which loads .env files: HSTS=1 there counts for the front door's answers too.
configureFrontDoor(process.env)
const handle = app.getRequestHandler()

/** @param {import('node:http').ServerResponse} res @param {{ status: number, headers: Record<string, string>, body: string }} answer @param {boolean} head */
function send(res, answer, head) {
  res.writeHead(answer.status, answer.headers)
  res.end(head ? undefined : answer.body)
}

const server = http.createServer((req, res) => {
  const refusal = screenRequest(req)
  if (refusal) return send(res, refusal, req.method === 'HEAD')
  prepareRequest(req)
  guardResponse(res)
  if (readsAsDocument(req)) sendAsDocument(req, res)
  handle(req, res).catch((/** @type {unknown} */ error) => {
    const { write, suppressed } = limitLine('server:request-failed')
    const reason = error instanceof Error ? error.message : String(error)
    // The path only: a query can name a patient's problem (/api/infobutton?mainSearchCriteria.v.c=…).
    if (write)
      console.error(
        formatLine('server', 'request failed', {
          path: (req.url ?? '').split('?')[0].slice(0, 200),
          reason,
          suppressed: suppressed || undefined,
        }),
      )
    if (!res.headersSent) send(res, serverError(), req.method === 'HEAD')
    else res.end()
  })
})

// CONNECT never reaches the request handler: Node hands the socket over. No method here tunnels.
server.on('connect', (_req, socket) => {
  socket.end(
    'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, OPTIONS\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
  )
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
