/**
 * A loopback stand-in for the purge APIs of Fastly (`POST /service/{id}/purge`, surrogate keys) and
 * Cloudflare (`POST /zones/{id}/purge_cache`, cache tags). It records every call and can be told to fail
 * the next calls of one CDN, to check that purges are retried and never hold up publishing.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Cdn = 'fastly' | 'cloudflare'

export interface PurgeCall {
  cdn: Cdn
  path: string
  headers: http.IncomingHttpHeaders
  body: unknown
  /** The answer given: 200, or 500 when told to fail. */
  status: number
  at: number
}

export interface CdnStandIn {
  url: string
  calls: PurgeCall[]
  /** Answer the next `count` calls to this CDN with an error. */
  failNext(cdn: Cdn, count: number): void
  /** The tags each successful call purged, per CDN. */
  purged(cdn: Cdn): string[][]
  close(): Promise<void>
}

export async function startCdnStandIn(): Promise<CdnStandIn> {
  const failures: Record<Cdn, number> = { fastly: 0, cloudflare: 0 }
  const calls: PurgeCall[] = []
  const server = http.createServer((req, res) => {
    let text = ''
    req.on('data', (d) => (text += d))
    req.on('end', () => {
      const path = req.url ?? ''
      const cdn: Cdn | undefined = /^\/service\/[^/]+\/purge$/.test(path)
        ? 'fastly'
        : /^\/zones\/[^/]+\/purge_cache$/.test(path)
          ? 'cloudflare'
          : undefined
      if (req.method !== 'POST' || !cdn) {
        res.writeHead(404).end()
        return
      }
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        body = text
      }
      const fail = failures[cdn] > 0
      if (fail) failures[cdn]--
      const status = fail ? 500 : 200
      calls.push({ cdn, path, headers: req.headers, body, status, at: Date.now() })
      res.writeHead(status, { 'content-type': 'application/json' })
      if (cdn === 'fastly') {
        const keys = (body as { surrogate_keys?: string[] }).surrogate_keys ?? []
        res.end(
          fail
            ? JSON.stringify({ msg: 'Internal Server Error' })
            : JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, `purge-${i}`]))),
        )
      } else {
        res.end(
          JSON.stringify(
            fail
              ? { success: false, errors: [{ code: 1000, message: 'stand-in failure' }] }
              : { success: true, errors: [], messages: [], result: { id: 'purge' } },
          ),
        )
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failNext: (cdn, count) => (failures[cdn] = count),
    purged: (cdn) =>
      calls
        .filter((c) => c.cdn === cdn && c.status === 200)
        .map((c) =>
          cdn === 'fastly'
            ? (c.body as { surrogate_keys: string[] }).surrogate_keys
            : (c.body as { tags: string[] }).tags,
        ),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
