/**
 * What an attacker would send, against the production server: every class of hostile request gets a
 * deliberate answer. No 5xx anywhere, no off-site Location, no shared-cache headers on any error, security
 * headers on every HTML response, a bounded data cache, and a log that anonymous requests cannot flood.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { LOCAL_BUILD_ENV, TEST_SECRETS } from './global-setup'
import { ROOT, startSite, type Site } from './support/site'
import { OFF_SITE_REDIRECTS } from '../support/hostile-requests'

let site: Site
let chunk: string

beforeAll(async () => {
  // A private copy of the build: the cache-growth test counts its files.
  site = await startSite('.build/local', LOCAL_BUILD_ENV)
  const chunks = fs.readdirSync(path.join(ROOT, site.distDir, 'static', 'chunks')).filter((f) => f.endsWith('.js'))
  expect(chunks.length).toBeGreaterThan(0)
  chunk = `/_next/static/chunks/${chunks[0]}`
})
afterAll(() => site?.stop())

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/** Any method, any bytes in the path: fetch() refuses TRACE and TRACK and normalises paths. */
function send(method: string, target: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: site.port, method, path: target, headers, timeout: 30_000 },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (d) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }))
      },
    )
    req.on('error', reject)
    req.on('timeout', () => req.destroy(new Error(`${method} ${target}: no answer within 30 s`)))
    req.end(body)
  })
}

/** Rules for every answer in this file: a deliberate status, and errors that no shared cache keeps. */
function expectDeliberate(what: string, answer: Answer) {
  expect([what, answer.status < 500]).toEqual([what, true])
  if (answer.status >= 400) {
    expect([what, String(answer.headers['cache-control'])]).toEqual([what, expect.stringContaining('no-store')])
    expect([what, answer.headers['surrogate-key'], answer.headers['cache-tag']]).toEqual([what, undefined, undefined])
  }
  const type = String(answer.headers['content-type'] ?? '')
  if (type.startsWith('text/html')) {
    expect([what, answer.headers['content-security-policy']]).toEqual([what, expect.stringMatching(/default-src/)])
    expect([what, answer.headers['x-content-type-options']]).toEqual([what, 'nosniff'])
    const csp = String(answer.headers['content-security-policy'])
    expect([what, /frame-ancestors/.test(csp) || answer.headers['x-frame-options'] !== undefined]).toEqual([what, true])
  }
}

describe('redirects after draft mode go only to this site', () => {
  const routes = [
    '/api/draft-mode/disable?redirect=',
    `/api/draft-mode/enable?secret=${TEST_SECRETS.SANITY_PREVIEW_SECRET}&redirect=`,
  ]
  const cases = routes.flatMap((route) =>
    OFF_SITE_REDIRECTS.flatMap((target) => [
      [route, target, encodeURIComponent(target)],
      // The same trick double-encoded, as a link in an email might carry it.
      [route, target, encodeURIComponent(encodeURIComponent(target))],
    ]),
  )

  it.each(cases)('%s%j (sent as %s)', async (route, _target, sent) => {
    const answer = await send('GET', `${route}${sent}`)
    expectDeliberate(`${route}${sent}`, answer)
    expect(answer.status).toBe(307)
    const location = String(answer.headers.location)
    expect(location.startsWith('/') && !location.startsWith('//') && !location.startsWith('/\\')).toBe(true)
    expect(new URL(location, site.url).origin).toBe(site.url)
  })
})

describe('malformed percent-encoding is a 400 on every route', () => {
  it.each([
    '/api/v1/entries/%FF',
    '/embed/%FF',
    '/embed/%E0%A4%A',
    '/media/%FF',
    '/studio/%FF',
    '/diseases/%FF',
    '/es/diseases/%FF',
    '/categories/%E0%A4%A',
    '/es/categories/%E0%A4%A',
    '/%FF',
    '/feed.xml/%C0%AF',
    '/es/feed.xml/%C0%AF',
    '/api/v1/entries?lang=%FF',
    '/sitemaps/%FF.xml',
    '/api/draft-mode/version?x=%E0%A4%A',
    '/api/v1/lookup?system=icd10cm&code=%FF',
    '/search?q=%E0%A4%A',
    '/api/oembed?url=%FF',
    '/api/infobutton?mainSearchCriteria.v.dn=%FF',
    '/infobutton?mainSearchCriteria.v.dn=%E0%A4%A',
  ])('%s', async (target) => {
    const answer = await send('GET', target)
    expectDeliberate(target, answer)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatch(/percent-encoding/)
  })

  it('POST /cds-services/%FF (a CDS client posts to a service)', async () => {
    const answer = await send('POST', '/cds-services/%FF', { 'content-type': 'application/json' }, '{}')
    expectDeliberate('POST /cds-services/%FF', answer)
    expect([answer.status, answer.body]).toEqual([400, expect.stringMatching(/percent-encoding/)])
  })
})

describe('methods a route does not take get 405 with Allow', () => {
  const routes = (): [string, string][] => [
    ['/', 'GET, HEAD, OPTIONS'],
    ['/diseases/calciphylaxis', 'GET, HEAD, OPTIONS'],
    ['/es/diseases/calcifilaxis', 'GET, HEAD, OPTIONS'],
    ['/api/v1/entries', 'GET, HEAD, OPTIONS'],
    ['/embed/calciphylaxis', 'GET, HEAD, OPTIONS'],
    ['/embed.js', 'GET, HEAD, OPTIONS'],
    [chunk, 'GET, HEAD, OPTIONS'],
    ['/media/calcified-arteriole-1000x600.svg', 'GET, HEAD, OPTIONS'],
    ['/studio', 'GET, HEAD'],
    ['/api/draft-mode/disable', 'GET, HEAD'],
    ['/api/draft-mode/version', 'GET, HEAD'],
    ['/sitemap.xml', 'GET, HEAD, OPTIONS'],
    ['/sitemaps/1.xml', 'GET, HEAD, OPTIONS'],
    ['/api/revalidate', 'POST'],
    ['/api/infobutton', 'GET, HEAD, OPTIONS'],
    ['/infobutton', 'GET, HEAD, OPTIONS'],
    ['/cds-services', 'GET, HEAD, OPTIONS'],
    ['/cds-services/condition-information', 'POST, OPTIONS'],
  ]
  it.each(['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND'])('%s', async (method) => {
    for (const [target, allow] of routes()) {
      const answer = await send(method, target)
      expectDeliberate(`${method} ${target}`, answer)
      expect([method, target, answer.status, answer.headers.allow]).toEqual([method, target, 405, allow])
    }
  })

  it('POST only where something takes it; OPTIONS answers with Allow (and CORS on the API)', async () => {
    for (const target of [
      '/',
      '/diseases/calciphylaxis',
      '/embed/calciphylaxis',
      '/api/v1/entries',
      '/feed.xml',
      '/es',
      '/es/feed.xml',
      '/sitemap.xml',
      '/api/draft-mode/version',
    ]) {
      const answer = await send('POST', target, { 'content-type': 'application/json' }, '{}')
      expectDeliberate(`POST ${target}`, answer)
      expect([target, answer.status]).toEqual([target, 405])
    }
    const page = await send('OPTIONS', '/diseases/calciphylaxis')
    expectDeliberate('OPTIONS page', page)
    expect([page.status, page.headers.allow, page.headers['cache-control']]).toEqual([
      204,
      'GET, HEAD, OPTIONS',
      expect.stringContaining('no-store'),
    ])
    const api = await send('OPTIONS', '/api/v1/entries', {
      origin: 'https://clinic.example',
      'access-control-request-method': 'GET',
    })
    expect([api.status, api.headers['access-control-allow-origin']]).toEqual([204, '*'])
  })
})

describe('ranges are ignored: the whole file, 200, and no offer of ranges', () => {
  it.each(['bytes=abc', 'bytes=999999-', 'bytes=5-1', 'bytes=0-10,20-30', 'items=0-1', 'bytes=-0', 'bytes=0-10'])(
    'Range: %s',
    async (range) => {
      for (const target of [
        '/embed.js',
        chunk,
        '/icon.svg',
        '/media/calcified-arteriole-1000x600.svg',
        '/diseases/calciphylaxis',
      ]) {
        const full = await send('GET', target)
        const answer = await send('GET', target, { range })
        expectDeliberate(`${target} Range: ${range}`, answer)
        expect([target, range, answer.status, answer.body.length]).toEqual([target, range, 200, full.body.length])
        expect([target, answer.headers['accept-ranges'] ?? 'none']).toEqual([target, 'none'])
      }
    },
  )
})

describe('every kind of answer carries the security headers', () => {
  it('HEAD, 304, the Studio, absolute-form targets, OPTIONS * and CONNECT', async () => {
    for (const target of [
      '/',
      '/diseases/calciphylaxis',
      '/embed/calciphylaxis',
      '/studio',
      '/diseases/no-such-entry',
    ]) {
      const head = await send('HEAD', target)
      expect([target, head.body]).toEqual([target, ''])
      expect([target, head.headers['content-security-policy'], head.headers['x-content-type-options']]).toEqual([
        target,
        expect.stringMatching(/default-src/),
        'nosniff',
      ])
    }
    const first = await send('GET', '/api/v1/entries/calciphylaxis')
    const again = await send('GET', '/api/v1/entries/calciphylaxis', { 'if-none-match': String(first.headers.etag) })
    expect([again.status, again.headers['x-content-type-options'], again.headers['content-security-policy']]).toEqual([
      304,
      'nosniff',
      expect.stringMatching(/default-src/),
    ])
    const studio = await send('GET', '/studio')
    expect(String(studio.headers['content-security-policy'])).toMatch(/sanity/)
    const absolute = await send('GET', `http://127.0.0.1:${site.port}/diseases/calciphylaxis`)
    expect(absolute.status).toBe(200)
    const otherHost = await send('GET', 'http://evil.example/diseases/calciphylaxis')
    expectDeliberate('absolute-form for another host', otherHost)
    expect(otherHost.status).toBe(400)
    const star = await send('OPTIONS', '*')
    expect([star.status, star.headers.allow]).toEqual([204, 'GET, HEAD, OPTIONS, POST'])
    const connect = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: site.port, method: 'CONNECT', path: 'evil.example:443' })
      req.on('connect', (res, socket) => {
        socket.destroy()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.end()
    })
    expect(connect).toBe(405)
  })
})

describe('HTML error pages carry the security headers', () => {
  it.each([
    '/studiox',
    '/studio-evil',
    '/embed/a/b',
    '/media/a/b',
    '/no/such/thing',
    '/diseases/no-such-entry',
    '/categories/no-such-category',
    '/embed/no-such-entry',
  ])('%s', async (target) => {
    const answer = await send('GET', target)
    expect(answer.status).toBe(404)
    expect(String(answer.headers['content-type'])).toMatch(/^text\/html/)
    expectDeliberate(target, answer)
  })
})

describe('bad parameters are refused in one vocabulary', () => {
  it.each([
    ['/api/v1/entries?updatedSince=2026-02-30', 'updatedSince', /must be a date that exists/],
    ['/api/v1/entries?page=1e3', 'page', /must be a whole number written in digits/],
    ['/api/v1/entries?page=0x10', 'page', /must be a whole number written in digits/],
    ['/api/v1/lookup?system=icd10cm', 'code', /^Parameter "code" is required\.$/],
    ['/api/search?limit=1e1', 'limit', /must be a whole number written in digits/],
    ['/api/oembed?url=http://x&maxwidth=0x100', 'maxwidth', /must be a whole number written in digits/],
    [
      '/api/infobutton?informationRecipient=PAT',
      'mainSearchCriteria.v.c',
      /^Parameter "mainSearchCriteria\.v\.c" is required: /,
    ],
    [
      '/api/infobutton?mainSearchCriteria.v.dn=x&informationRecipient=DOCTOR',
      'informationRecipient',
      /must be one of PAT, PROV, PAYOR/,
    ],
  ])('%s', async (target, parameter, message) => {
    const answer = await send('GET', target)
    expectDeliberate(target, answer)
    expect(answer.status).toBe(400)
    const body = JSON.parse(answer.body) as { error: string; parameter: string }
    expect(body.parameter).toBe(parameter)
    expect(body.error).toMatch(message)
    expect(body.error).not.toMatch(/Invalid input|expected \w+, received/)
  })
})

describe('what anonymous clients can make the server keep or write', () => {
  const cacheFiles = () => {
    const dir = path.join(ROOT, site.distDir, 'cache')
    const walk = (d: string): number =>
      fs.existsSync(d)
        ? fs
            .readdirSync(d, { withFileTypes: true })
            .reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : 1), 0)
        : 0
    return walk(dir)
  }

  it('stores nothing for unknown entries asked for through embeds, the API and oEmbed', async () => {
    // Known entries first, so the lists every answer needs are cached before counting.
    for (const target of [
      '/embed/calciphylaxis',
      '/api/v1/entries/calciphylaxis',
      `/api/oembed?url=${encodeURIComponent(`${LOCAL_BUILD_ENV.SITE_URL}/diseases/calciphylaxis`)}`,
    ])
      expect((await send('GET', target)).status).toBe(200)
    const before = cacheFiles()
    const answers: Answer[] = []
    // A made-up draft-mode cookie must not let a page read past the list of entries either.
    const forged = { cookie: '__prerender_bypass=forged' }
    for (let i = 0; i < 100; i++) {
      const slug = `no-such-entry-${i}`
      answers.push(await send('GET', `/embed/${slug}`))
      answers.push(await send('GET', `/api/v1/entries/${slug}`))
      answers.push(
        await send('GET', `/api/oembed?url=${encodeURIComponent(`${LOCAL_BUILD_ENV.SITE_URL}/diseases/${slug}`)}`),
      )
      answers.push(await send('GET', `/diseases/${slug}`))
      answers.push(await send('GET', `/diseases/${slug}-forged`, forged))
      answers.push(await send('GET', `/categories/${slug}`, forged))
    }
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 404))
    for (const answer of answers) expectDeliberate('unknown entry', answer)
    expect(cacheFiles() - before).toBeLessThanOrEqual(0)
  })

  it('writes a few log lines, not one per request', async () => {
    const linesBefore = site.output().split('\n').length
    const floods: [string, string, Record<string, string>][] = [
      ['GET', '/media/no-such-file.svg', {}],
      ['GET', '/', { 'next-action': 'x'.repeat(40) }],
      ['POST', '/', { 'next-action': 'abc' }],
      ['TRACE', '/diseases/calciphylaxis', {}],
      ['GET', '/embed/%FF', {}],
      ['POST', '/api/revalidate', {}],
      ['POST', '/api/revalidate', { 'sanity-webhook-signature': 't=1,v1=forged' }],
      ['GET', '/api/draft-mode/enable?secret=guess', {}],
      ['GET', '/api/draft-mode/version', {}],
      ['GET', '/sitemaps/999999.xml', {}],
      ['GET', `/sitemaps/${'9'.repeat(300)}.xml`, {}],
      ['POST', '/cds-services/condition-information', { 'content-type': 'application/json' }],
      ['POST', '/cds-services/no-such-service', { 'content-type': 'application/json' }],
    ]
    for (const [method, target, headers] of floods)
      for (let i = 0; i < 50; i++)
        expectDeliberate(
          `${method} ${target}`,
          await send(method, target, headers, method === 'POST' ? '{}' : undefined),
        )
    // Five lines a minute per kind at most (lib/log.ts warnLimited), one summary for the front door's refusals.
    const written = site.output().split('\n').length - linesBefore
    expect(written).toBeLessThanOrEqual(floods.length * 5)
    expect(site.output()).not.toMatch(
      /Failed to find Server Action|did not match the expected format|HTTP method is unsupported/,
    )
  })
})
