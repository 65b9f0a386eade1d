/**
 * HTTP hardening against the production build: security headers on every kind of response, no internals in
 * any error, no secret in any client bundle or page, preview only with the secret.
 */
import fs from 'node:fs'
import path from 'node:path'
import { TEST_SECRETS } from './global-setup'
import { ROOT, get, startSite, type Site } from './support/site'

let site: Site

beforeAll(async () => {
  site = await startSite('.build/local', TEST_SECRETS, { shareBuild: true })
})
afterAll(() => site?.stop())

// Every row has three values: a test function with more parameters than the row would be given Jest's `done`.
const RESPONSES: [string, string, RequestInit | undefined][] = [
  ['page', '/', undefined],
  ['entry', '/diseases/calciphylaxis', undefined],
  ['404', '/diseases/no-such-entry', undefined],
  ['unmatched', '/no/such/thing', undefined],
  ['search', '/search?q=kidney', undefined],
  ['API', '/api/v1/entries', undefined],
  ['API error', '/api/v1/entries?page=0', undefined],
  ['embed', '/embed/calciphylaxis', undefined],
  ['embed.js', '/embed.js', undefined],
  ['media', '/media/calcified-arteriole-1000x600.svg', undefined],
  ['feed', '/feed.xml', undefined],
  ['robots', '/robots.txt', undefined],
  ['webhook refusal', '/api/revalidate', { method: 'POST', body: '{}' }],
]

describe('security headers', () => {
  it.each(RESPONSES)('%s (%s) sends nosniff, a referrer policy and a permissions policy', async (_kind, url, init) => {
    const res = await get(site.url, url, init)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('permissions-policy')).toContain('camera=()')
    expect(res.headers.get('strict-transport-security')).toBeNull()
    expect(res.headers.get('content-security-policy')).toBeTruthy()
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it('gives pages a Content-Security-Policy without unsafe-eval', async () => {
    const csp = (await get(site.url, '/diseases/calciphylaxis')).headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/default-src 'self'/)
    expect(csp).toMatch(/object-src 'none'/)
    expect(csp).not.toMatch(/unsafe-eval/)
  })
})

describe('errors say what was wrong, never how the server is built', () => {
  const INTERNALS = [
    ROOT,
    'node_modules',
    '/_next/server',
    'at async ',
    'at Object.',
    'TypeError',
    'ReferenceError',
    '.ts:',
  ]
  it.each([
    ['/api/v1/entries?page=%ZZ'],
    ['/api/v1/entries/%00'],
    ['/api/v1/entries/calciphylaxis?sections=%3Cscript%3E'],
    ['/api/v1/lookup?system=icd10cm&code=' + 'A'.repeat(5000)],
    ['/api/oembed?url=javascript:alert(1)'],
    ['/api/search?q=' + '%F0%9F'.repeat(100)],
    ['/embed/calciphylaxis?sections=' + 'x'.repeat(3000)],
    ['/diseases/%E0%A4%A'],
    ['/diseases/' + 'a'.repeat(3000)],
    ['/categories/..%2F..%2Fetc'],
    ['/media/..%2f..%2fpackage.json'],
  ])('%s', async (url) => {
    const res = await get(site.url, url)
    expect(res.status).toBeLessThan(500)
    for (const marker of INTERNALS) expect([url, res.text.includes(marker) ? marker : null]).toEqual([url, null])
  })

  it('the webhook refuses garbage without internals', async () => {
    for (const body of ['not json', '{"_id": {"$gt": ""}}', '\u0000'.repeat(10), '[]']) {
      const res = await get(site.url, '/api/revalidate', {
        method: 'POST',
        body,
        headers: { 'sanity-webhook-signature': 't=1,v1=abc' },
      })
      expect(res.status).toBe(401)
      expect(res.text).not.toContain(ROOT)
    }
  })
})

describe('secrets', () => {
  const values = Object.values(TEST_SECRETS)

  function files(dir: string, ext: RegExp, out: string[] = []): string[] {
    if (!fs.existsSync(dir)) return out
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) files(p, ext, out)
      else if (ext.test(e.name)) out.push(p)
    }
    return out
  }

  it.each(['local', 'sanity'])('never reach the client bundles or prerendered pages of the %s build', (build) => {
    const dist = path.join(ROOT, '.build', build)
    const client = files(path.join(dist, 'static'), /\.(js|css|json)$/)
    const pages = files(path.join(dist, 'server', 'app'), /\.(html|rsc|body)$/)
    expect(client.length).toBeGreaterThan(5)
    expect(pages.length).toBeGreaterThan(20)
    for (const file of [...client, ...pages]) {
      const text = fs.readFileSync(file, 'utf8')
      for (const secret of values)
        expect([path.relative(dist, file), text.includes(secret)]).toEqual([path.relative(dist, file), false])
    }
  })

  it('never reach rendered pages or API answers, and preview needs the secret', async () => {
    for (const url of [
      '/',
      '/diseases/calciphylaxis',
      '/api/v1/entries/calciphylaxis',
      '/embed/calciphylaxis',
      '/feed.xml',
    ]) {
      const res = await get(site.url, url)
      for (const secret of values) expect(res.text.includes(secret)).toBe(false)
    }
    expect((await get(site.url, '/api/draft-mode/enable?secret=guess&redirect=/')).status).toBe(401)
    expect(
      (await get(site.url, `/api/draft-mode/enable?secret=${TEST_SECRETS.SANITY_PREVIEW_SECRET}&redirect=/`)).status,
    ).toBe(307)
  })
})
