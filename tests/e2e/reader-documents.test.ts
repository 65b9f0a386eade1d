/**
 * Reader pages arrive as documents (lib/reader-document.mjs): no framework JavaScript, the one script they
 * run (search suggestions) allowed by its hash; in Chromium a page loads no script file and its search
 * suggestions work under that policy. Draft previews keep the client runtime their tools need.
 */
import { TEST_SECRETS } from './global-setup'
import { launchBrowser, type Browser } from './support/browser'
import { all, attr, parseHtml, text } from './support/html'
import { draftCookie, get, startSite, type Site } from './support/site'

let site: Site
let browser: Browser

beforeAll(async () => {
  site = await startSite('.build/local', {}, { shareBuild: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const READER_PAGES = [
  '/',
  '/diseases',
  '/diseases/calciphylaxis',
  '/es/diseases/calcifilaxis',
  '/es/diseases',
  '/categories',
  '/categories/calcium-metabolism',
  '/search?q=kidney',
  '/explore',
  '/diseases/no-such-entry',
]

/** What each script of a page is: JSON-LD, the page's own enhancement, or something else (named). */
function scriptsOf(html: string): string[] {
  return all(parseHtml(html), { tag: 'script' }).map((s) =>
    attr(s, 'type') === 'application/ld+json'
      ? 'JSON-LD'
      : attr(s, 'data-enhance') !== undefined
        ? 'enhancement'
        : `other: ${attr(s, 'src') ?? (text(s) ?? '').slice(0, 80)}`,
  )
}

const HASH_ONLY = /script-src 'sha256-[A-Za-z0-9+/]+={0,2}'(;|$)/

describe('reader pages as documents', () => {
  it.each(READER_PAGES)('%s has no framework script, and its policy allows only its own', async (pathname) => {
    const res = await get(site.url, pathname)
    expect(res.status).toBe(pathname.includes('no-such') ? 404 : 200)
    const scripts = scriptsOf(res.text)
    expect(scripts.filter((s) => s.startsWith('other'))).toEqual([])
    expect(scripts).toContain('enhancement')
    expect(res.text).not.toMatch(/__next_f|\/_next\/static\/chunks\/[^"]+\.js/)
    expect(res.headers.get('content-security-policy')).toMatch(HASH_ONLY)
  })

  it('are sent gzipped, with a length, to a client that asks', async () => {
    const res = await fetch(`${site.url}/diseases/calciphylaxis`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(1000)
    expect(await res.text()).toContain('<h1')
  })

  it('load no script file in Chromium, and suggest entries under the hash-only policy', async () => {
    const page = await browser.context.newPage()
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url())
    })
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
    })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${site.url}/es/diseases/calcifilaxis`)
    const box = page.getByRole('combobox', { name: 'Buscar en la enciclopedia' })
    await box.pressSequentially('calci', { delay: 20 })
    await page.getByRole('option').first().waitFor()
    await box.press('ArrowDown')
    await box.press('Enter')
    await page.waitForURL((url) => url.pathname.startsWith('/es/diseases/'))
    expect([scripts, violations, errors]).toEqual([[], [], []])
    await page.close()
  })

  it('except draft previews, which keep the client runtime for their tools', async () => {
    const cookie = await draftCookie(site.url, TEST_SECRETS.SANITY_PREVIEW_SECRET)
    const draft = await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })
    expect(draft.status).toBe(200)
    expect(scriptsOf(draft.text).some((s) => s.includes('/_next/static/chunks/'))).toBe(true)
    expect(draft.headers.get('content-security-policy')).toContain("'unsafe-inline'")
  })
})
