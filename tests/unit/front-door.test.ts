/** The front door's decisions, without a server: what it answers itself and what it passes on to Next.js. */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { allowedMethods, guardResponse, isApi, originForm, screenRequest } from '@/lib/front-door.mjs'

const screen = (method: string, url: string, headers: Record<string, string> = {}) =>
  screenRequest({ method, url, headers })

describe('the front door', () => {
  it.each([
    ['GET', '/diseases/calciphylaxis'],
    ['HEAD', '/'],
    ['POST', '/api/revalidate'],
    ['OPTIONS', '/api/v1/entries'],
    ['POST', '/cds-services/condition-information'],
    ['OPTIONS', '/cds-services/condition-information'],
    ['OPTIONS', '/cds-services'],
    ['GET', '/search?q=ni%C3%B1o+renal'],
    ['GET', '/_next/static/chunks/a.js'],
  ])('passes %s %s on to Next.js', (method, url) => {
    expect(screen(method, url)).toBeUndefined()
  })

  it.each([
    ['TRACE', '/diseases/calciphylaxis', 405, 'GET, HEAD, OPTIONS'],
    ['PUT', '/embed.js', 405, 'GET, HEAD, OPTIONS'],
    ['POST', '/', 405, 'GET, HEAD, OPTIONS'],
    ['GET', '/api/revalidate', 405, 'POST'],
    ['DELETE', '/studio/desk', 405, 'GET, HEAD'],
    ['GET', '/cds-services/condition-information', 405, 'POST, OPTIONS'],
    ['POST', '/cds-services', 405, 'GET, HEAD, OPTIONS'],
    ['OPTIONS', '/diseases/calciphylaxis', 204, 'GET, HEAD, OPTIONS'],
  ])('answers %s %s with %i and Allow: %s', (method, url, status, allow) => {
    const answer = screen(method, url)
    expect([answer?.status, answer?.headers.Allow]).toEqual([status, allow])
    expect(answer?.headers['Cache-Control']).toMatch(/no-store/)
    expect(answer?.headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it('takes an absolute-form target for this host, answers OPTIONS * itself, and refuses other hosts', () => {
    expect(originForm({ url: 'http://site.example/diseases/x?y=1', headers: { host: 'site.example' } })).toBe(
      '/diseases/x?y=1',
    )
    expect(originForm({ url: 'http://SITE.example', headers: { host: 'site.example' } })).toBe('/')
    expect(originForm({ url: 'http://evil.example/', headers: { host: 'site.example' } })).toBeUndefined()
    expect(
      screenRequest({ method: 'GET', url: 'http://site.example/', headers: { host: 'site.example' } }),
    ).toBeUndefined()
    expect(
      screenRequest({ method: 'PUT', url: 'http://site.example/', headers: { host: 'site.example' } })?.status,
    ).toBe(405)
    const star = screen('OPTIONS', '*')
    expect([star?.status, star?.headers.Allow]).toEqual([204, 'GET, HEAD, OPTIONS, POST'])
  })

  it.each([
    '/embed/%FF',
    '/api/v1/entries/%E0%A4%A',
    '/search?q=%FF',
    '/api/oembed?url=%C0%AF',
    'http://evil.example/',
  ])('refuses the malformed address %s with 400', (url) => {
    const answer = screen('GET', url)
    expect(answer?.status).toBe(400)
  })

  it('answers the API in JSON and readers with a small page, and refuses Server Action headers', () => {
    const api = screen('GET', '/api/v1/entries/%FF')
    expect(JSON.parse(api?.body ?? '')).toEqual({ error: expect.stringMatching(/percent-encoding/) })
    const page = screen('GET', '/embed/%FF')
    expect(page?.headers['Content-Type']).toMatch(/^text\/html/)
    expect(page?.body).toMatch(/<a href="\/">Go to the home page<\/a>/)
    expect(screen('POST', '/api/revalidate', { 'next-action': 'abc' })?.status).toBe(400)
    expect(allowedMethods('/studiox')).toEqual(['GET', 'HEAD', 'OPTIONS'])
  })

  it('keeps error responses out of shared caches, however Next.js writes the head', async () => {
    const server = http.createServer((req, res) => {
      guardResponse(res)
      res.setHeader('Cache-Control', 'public, s-maxage=3600')
      res.setHeader('Surrogate-Key', 'entry:x')
      res.setHeader('Accept-Ranges', 'bytes')
      if (req.url === '/flat') res.writeHead(404, ['Cache-Tag', 'entry:x', 'Content-Type', 'text/plain'])
      else if (req.url === '/object') res.writeHead(500, { 'cache-control': 'public, max-age=60' })
      else res.statusCode = req.url === '/ok' ? 200 : 404
      res.end('x')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      const head = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}`)).headers
      for (const path of ['/implicit', '/flat', '/object']) {
        const h = await head(path)
        expect([path, h.get('cache-control'), h.get('surrogate-key'), h.get('cache-tag')]).toEqual([
          path,
          'private, no-cache, no-store, max-age=0, must-revalidate',
          null,
          null,
        ])
      }
      const ok = await head('/ok')
      expect([ok.get('cache-control'), ok.get('surrogate-key'), ok.get('accept-ranges')]).toEqual([
        'public, s-maxage=3600',
        'entry:x',
        'none',
      ])
    } finally {
      server.close()
    }
  })

  it('lets every route handler receive the methods it exports, and no route a method it does not', () => {
    const app = path.join(__dirname, '..', '..', 'app')
    const routes = (fs.readdirSync(app, { recursive: true }) as string[]).filter((f) =>
      f.endsWith(`${path.sep}route.ts`),
    )
    expect(routes.length).toBeGreaterThan(10)
    for (const file of routes) {
      const address = `/${path.dirname(file).split(path.sep).join('/')}`.replace(/\[[^\]]+\]/g, 'x')
      const exported = [
        ...fs
          .readFileSync(path.join(app, file), 'utf8')
          .matchAll(/^export (?:async function|function|const) (GET|POST|PUT|PATCH|DELETE|OPTIONS)\b/gm),
      ].map((m) => m[1])
      expect([address, exported.length > 0]).toEqual([address, true])
      // GET brings HEAD with it; OPTIONS outside the API (and the CDS services) is the front door's own answer.
      const allowed = allowedMethods(address).filter((m) => m !== 'HEAD' && (m !== 'OPTIONS' || isApi(address)))
      const implicit = (m: string) => m === 'OPTIONS' && isApi(address) // Next.js answers OPTIONS for every route handler
      expect([address, [...allowed].sort()]).toEqual([
        address,
        [...new Set([...exported, ...allowed.filter(implicit)])].sort(),
      ])
    }
  })
})
