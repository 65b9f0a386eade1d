/**
 * Reader pages as documents (lib/reader-document.mjs): which requests get them, what is taken out of the
 * HTML, and how a response is sent, through a real HTTP server and client.
 */
import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { readsAsDocument, sendAsDocument, withoutClientRuntime } from '@/lib/reader-document.mjs'
import { SUGGEST_SCRIPT } from '@/lib/search/suggest-script.mjs'

const LD = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalCondition"}</script>'
const ENHANCE = `<script data-enhance="">${SUGGEST_SCRIPT}</script>`
/** The parts of a page Next.js 16 renders, as in .build/local/server/app/diseases/calciphylaxis.html. */
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/30getrsh8qyka.js"/>',
  '<style data-precedence="next">body{margin:0}</style>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<link rel="canonical" href="http://localhost:3210/diseases/calciphylaxis"/><title>Calciphylaxis</title></head>',
  '<body><div hidden=""><!--$--><!--/$--></div>',
  `<form role="search"><input name="q"/><ul role="listbox" id="l" hidden=""></ul>${ENHANCE}</form>`,
  `<main><h1>Calciphylaxis</h1><p>Text &lt;script&gt; stays text.</p>${LD}</main>`,
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script>',
  '</body></html>',
].join('')

describe('withoutClientRuntime', () => {
  const out = withoutClientRuntime(PAGE)

  it("takes out Next.js's scripts, their preloads and the inline payload", () => {
    expect(PAGE).toMatch(/_next\/static|__next_f|TURBOPACK/)
    expect(out).not.toMatch(/_next\/static|__next_f|TURBOPACK/)
    expect(out.match(/<script\b/g)).toHaveLength(2)
  })

  it('keeps JSON-LD, the page’s own enhancement script and every other byte', () => {
    expect(out).toContain(LD)
    expect(out).toContain(ENHANCE)
    expect(out).toContain('<title>Calciphylaxis</title>')
    expect(out).toContain('<style data-precedence="next">body{margin:0}</style>')
    expect(out).toContain('<p>Text &lt;script&gt; stays text.</p>')
    expect(out.endsWith('</main></body></html>')).toBe(true)
  })

  it('leaves a page that still needs React to finish rendering as it is', () => {
    for (const mark of ['<!--$?--><template id="B:0"></template>', '<!--$!--><template data-dgst="x"></template>']) {
      const pending = PAGE.replace('<main>', `<main>${mark}`)
      expect(withoutClientRuntime(pending)).toBe(pending)
    }
  })
})

describe('readsAsDocument', () => {
  const request = (method: string, url: string, headers: Record<string, string> = {}) =>
    ({ method, url, headers }) as unknown as http.IncomingMessage

  it.each([
    ['GET', '/'],
    ['GET', '/diseases/calciphylaxis'],
    ['HEAD', '/es/diseases/calcifilaxis'],
    ['GET', '/search?q=kidney'],
    ['GET', '/diseases/no-such-entry'],
  ])('%s %s: a document', (method, url) => expect(readsAsDocument(request(method, url))).toBe(true))

  it.each([
    ['POST', '/api/revalidate', {}],
    ['GET', '/api/v1/entries', {}],
    ['GET', '/studio/structure', {}],
    ['GET', '/embed/calciphylaxis', {}],
    ['GET', '/_next/static/chunks/a.js', {}],
    ['GET', '/diseases/calciphylaxis', { rsc: '1' }],
    ['GET', '/diseases/calciphylaxis', { cookie: 'theme=dark; __prerender_bypass=abc' }],
  ])('%s %s %j: passed through', (method, url, headers) =>
    expect(readsAsDocument(request(method, url, headers))).toBe(false),
  )
})

const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"

describe('sendAsDocument over HTTP', () => {
  let server: http.Server
  let base: string
  /** What the stand-in for Next.js answers: a page in three writes, as Next.js streams one. */
  const routes: Record<string, (res: http.ServerResponse) => void> = {
    '/page': (res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Vary', 'rsc')
      res.setHeader('Content-Security-Policy', POLICY)
      res.setHeader('Content-Length', Buffer.byteLength(PAGE))
      res.write(PAGE.slice(0, 100))
      res.write(Buffer.from(PAGE.slice(100, 400)))
      res.end(PAGE.slice(400))
    },
    '/missing': (res) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' })
      res.end(PAGE.replace('Calciphylaxis</h1>', 'Page not found</h1>'))
    },
    '/tagged': (res) => {
      // Next.js's ETag is a hash of the page: the same ETag means the same page.
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('ETag', '"page-v1"')
      res.end(PAGE.replace('Calciphylaxis</h1>', `Calciphylaxis ${++taggedRenders}</h1>`))
    },
    '/json': (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end('{"script":"<script src=\\"/_next/static/x.js\\"></script>"}')
    },
    '/moved': (res) => {
      res.writeHead(308, { Location: '/page' })
      res.end()
    },
  }

  let taggedRenders = 0

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (readsAsDocument(req)) sendAsDocument(req, res)
      // Next.js compresses unless the request says it need not: sendAsDocument must have held that back.
      res.setHeader('X-Seen-Accept-Encoding', String(req.headers['accept-encoding'] ?? 'none'))
      routes[(req.url ?? '').split('?')[0]](res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  /** A raw GET (fetch would decompress): status, headers and the body's bytes. */
  const get = (pathname: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      req.on('error', reject)
      req.end()
    })

  it('sends the page without the runtime, gzipped for a client that accepts it, with its length', async () => {
    const res = await get('/page', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(res.headers['x-seen-accept-encoding']).toBe('none')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.headers.vary).toBe('rsc, Accept-Encoding')
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(gunzipSync(res.body).toString('utf8')).toBe(withoutClientRuntime(PAGE))
  })

  it("allows the document's own script by its hash, and no other inline script", async () => {
    const hash = createHash('sha256').update(SUGGEST_SCRIPT).digest('base64')
    expect((await get('/page')).headers['content-security-policy']).toBe(
      `default-src 'self'; script-src 'sha256-${hash}'; style-src 'self' 'unsafe-inline'`,
    )
  })

  it('sends it uncompressed to a client that does not, and no body to HEAD', async () => {
    const plain = await get('/page')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(withoutClientRuntime(PAGE))
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length)
    const head = await get('/page', { 'Accept-Encoding': 'gzip' }, 'HEAD')
    expect([head.status, head.body.length, head.headers['content-type']]).toEqual([200, 0, 'text/html; charset=utf-8'])
  })

  it('rewrites and compresses a page once per ETag', async () => {
    const first = await get('/tagged', { 'Accept-Encoding': 'gzip' })
    const second = await get('/tagged', { 'Accept-Encoding': 'gzip' })
    expect(taggedRenders).toBe(2)
    expect(gunzipSync(first.body).toString('utf8')).toContain('Calciphylaxis 1</h1>')
    expect(second.body.equals(first.body)).toBe(true)
    expect((await get('/tagged')).body.toString('utf8')).toContain('Calciphylaxis 1</h1>')
  })

  it('does the same for an error page, keeping its status', async () => {
    const res = await get('/missing')
    expect(res.status).toBe(404)
    expect(res.body.toString('utf8')).toContain('Page not found')
    expect(res.body.toString('utf8')).not.toContain('__next_f')
  })

  it('passes anything that is not an HTML page through untouched', async () => {
    const json = await get('/json')
    expect(json.body.toString('utf8')).toContain('/_next/static/x.js')
    const moved = await get('/moved')
    expect([moved.status, moved.headers.location, moved.body.length]).toEqual([308, '/page', 0])
  })

  it('passes a draft preview through with its runtime', async () => {
    const res = await get('/page', { Cookie: '__prerender_bypass=abc', 'Accept-Encoding': 'gzip' })
    expect(res.headers['x-seen-accept-encoding']).toBe('gzip')
    expect(res.body.toString('utf8')).toBe(PAGE)
    expect(res.headers['content-security-policy']).toBe(POLICY)
  })
})
