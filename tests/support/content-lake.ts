/**
 * A loopback stand-in for the Content Lake query API, so that tests run the real @sanity/client.
 * It answers `GET/POST /v{apiVersion}/data/query/{dataset}` by evaluating the GROQ with groq-js over an
 * NDJSON dataset, honours the `perspective` parameter, answers with a Content Source Map when asked
 * (`resultSourceMap`, as the real API; tests/support/source-map.ts), and can be told to fail: answer 500,
 * answer garbage, or hang.
 */
import http from 'node:http'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import { GroqDataset } from '../../lib/content/sources/groq'
import { sourceMapFor } from './source-map'
import {
  draftsView,
  parseNdjson,
  publishedView,
  resolveLocalAssets,
  type SanityDocument,
} from '../../lib/content/sources/dataset'

export type LakeBehaviour = 'ok' | 'error' | 'garbage' | 'hang'

export interface ContentLake {
  url: string
  port: number
  dataset: string
  behaviour: LakeBehaviour
  requests: { method: string; path: string; query?: string; perspective?: string }[]
  load(documents: SanityDocument[]): void
  loadFile(file: string): void
  close(): Promise<void>
}

export async function startContentLake(
  options: { file?: string; dataset?: string; port?: number } = {},
): Promise<ContentLake> {
  const datasetName = options.dataset ?? 'production'
  let published = new GroqDataset([])
  let drafts = new GroqDataset([])
  const hanging = new Set<http.ServerResponse>()

  const lake: ContentLake = {
    url: '',
    port: 0,
    dataset: datasetName,
    behaviour: 'ok',
    requests: [],
    load(documents) {
      const docs = resolveLocalAssets(documents, '/media')
      published = new GroqDataset(publishedView(docs))
      drafts = new GroqDataset(draftsView(docs))
    },
    loadFile(file) {
      lake.load(parseNdjson(fs.readFileSync(file, 'utf8'), file))
    },
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/v[^/]+\/data\/query\/([^/]+)$/.exec(url.pathname)
    let query = url.searchParams.get('query') ?? undefined
    const params: Record<string, unknown> = {}
    for (const [k, v] of url.searchParams) if (k.startsWith('$')) params[k.slice(1)] = JSON.parse(v)
    if (req.method === 'POST') {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
        query?: string
        params?: Record<string, unknown>
      }
      query = body.query
      Object.assign(params, body.params ?? {})
    }
    const perspective = url.searchParams.get('perspective') ?? 'raw'
    lake.requests.push({ method: req.method ?? 'GET', path: url.pathname, query, perspective })

    if (lake.behaviour === 'hang') {
      hanging.add(res)
      res.on('close', () => hanging.delete(res))
      return
    }
    if (lake.behaviour === 'error')
      return send(res, 500, { error: 'Internal Server Error', message: 'stand-in failure' })
    if (lake.behaviour === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' })
      return res.end('<html><body>Gateway says hello</body></html>')
    }
    if (!match || match[1] !== datasetName)
      return send(res, 404, { error: 'Not Found', message: `no dataset at ${url.pathname}` })
    if (!query) return send(res, 400, { error: 'Bad Request', message: 'missing query' })
    try {
      const started = Date.now()
      const view = perspective === 'drafts' || perspective === 'previewDrafts' ? drafts : published
      const result = await view.query(query, params as never)
      const sourceMap = url.searchParams.get('resultSourceMap')
      send(res, 200, {
        ms: Date.now() - started,
        query,
        result,
        ...(sourceMap && sourceMap !== 'false' ? { resultSourceMap: sourceMapFor(result, view.documents) } : {}),
      })
    } catch (error) {
      send(res, 400, { error: { description: (error as Error).message, type: 'queryParseError' } })
    }
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()))
  lake.port = (server.address() as AddressInfo).port
  lake.url = `http://127.0.0.1:${lake.port}`
  if (options.file) lake.loadFile(options.file)
  return lake
}
