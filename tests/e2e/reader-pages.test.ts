/**
 * The production build in local mode, over HTTP: what a new user gets from `npm start`.
 */
import path from 'node:path'
import { COMPILE_HINT, rootMainFiles } from '../../lib/build/compile-hints'
import { TEST_SECRETS } from './global-setup'
import { ROOT, draftCookie, get, internalLinks, startSite, type Site } from './support/site'

let site: Site

beforeAll(async () => {
  site = await startSite('.build/local', {}, { shareBuild: true })
})
afterAll(() => site.stop())

describe('reader pages of the production build', () => {
  it('serves calciphylaxis with its sections, codes, references and a disclaimer, from the ISR cache', async () => {
    const page = await get(site.url, '/diseases/calciphylaxis')
    expect(page.status).toBe(200)
    expect(page.text).toContain('<h1 id="entry-title">Calciphylaxis</h1>')
    for (const id of ['overview', 'symptoms', 'diagnosis', 'treatment', 'references', 'related'])
      expect(page.text).toContain(`id="${id}"`)
    expect(page.text).toContain('E83.59')
    expect(page.text).toMatch(/id="ref-1"/)
    expect(page.text).toContain('not medical advice')
    expect(page.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(page.headers.get('cache-control')).toMatch(/s-maxage=/)
  })

  it('serves draft previews (the pages that hydrate) the client runtime with V8’s compile hint', async () => {
    const files = rootMainFiles(path.join(ROOT, site.distDir)) ?? []
    expect(files.length).toBeGreaterThan(0)
    const cookie = await draftCookie(site.url, TEST_SECRETS.SANITY_PREVIEW_SECRET)
    const home = await get(site.url, '/', { headers: { cookie } })
    for (const file of files) {
      const src = `/_next/${file}`
      expect(home.text).toContain(src)
      const script = await get(site.url, src)
      expect([src, script.status, script.text.startsWith(COMPILE_HINT)]).toEqual([src, 200, true])
    }
  })

  it('answers 404 with a helpful page for unknown entries and unknown addresses', async () => {
    for (const path of ['/diseases/no-such-entry', '/diseases/NOT_A_SLUG', '/no/such/page', '/categories/nothing']) {
      const page = await get(site.url, path)
      expect([path, page.status]).toEqual([path, 404])
      // A real HTML page, not an empty shell that only client JavaScript fills in.
      expect(page.text).toContain('<h1>Page not found</h1>')
      expect(page.text).toContain('href="/diseases"')
    }
  })

  it('has no broken internal links from the home page, A–Z, categories and every entry', async () => {
    const seen = new Map<string, number>()
    const queue = ['/', '/diseases', '/categories']
    while (queue.length) {
      const path = queue.shift() as string
      if (seen.has(path)) continue
      const page = await get(site.url, path)
      seen.set(path, page.status)
      if (page.status === 200 && (page.headers.get('content-type') ?? '').includes('text/html'))
        for (const link of internalLinks(page.text))
          if (!seen.has(link) && !link.startsWith('/search')) queue.push(link)
    }
    const broken = [...seen].filter(([, status]) => status !== 200)
    expect(broken).toEqual([])
    expect([...seen.keys()].filter((p) => p.startsWith('/diseases/')).length).toBeGreaterThanOrEqual(5)
  })

  it('serves dataset images with a safe content type and refuses other paths', async () => {
    const entry = await get(site.url, '/diseases/calciphylaxis')
    const src = /src="(\/media\/[^"]+\.svg)"/.exec(entry.text)?.[1]
    expect(src).toBeDefined()
    const image = await get(site.url, src as string)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/svg+xml')
    expect(image.headers.get('content-security-policy')).toContain('sandbox')
    for (const bad of ['/media/..%2F..%2Fpackage.json', '/media/production.ndjson', '/media/nothing.svg'])
      expect((await get(site.url, bad)).status).toBe(404)
  })

  it('embeds parseable JSON-LD, Open Graph and a canonical link in every entry page', async () => {
    const page = await get(site.url, '/diseases/calciphylaxis')
    const blocks = [...page.text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
      JSON.parse(m[1]),
    )
    expect(blocks.map((b) => b['@type'])).toEqual(['MedicalWebPage', 'BreadcrumbList'])
    expect(blocks[0].about['@type']).toBe('MedicalCondition')
    expect(page.text).toMatch(/<meta property="og:title" content="Calciphylaxis"/)
    expect(page.text).toMatch(/<meta name="twitter:card" content="summary"/)
    expect(page.text).toMatch(/<link rel="canonical" href="[^"]*\/diseases\/calciphylaxis"/)
    expect(page.text).toMatch(/^<!DOCTYPE html><html lang="en"/)
  })

  it('searches without JavaScript, forgiving typos', async () => {
    const page = await get(site.url, '/search?q=calcifilaxis')
    expect(page.status).toBe(200)
    expect(page.text).toMatch(/results? for “calcifilaxis”/)
    const first = /<ol class="link-list search-results"><li><a href="([^"]+)"/.exec(page.text)?.[1]
    expect(first).toBe('/diseases/calciphylaxis')
    const empty = await get(site.url, '/search?q=qqqzzzxx')
    expect(empty.text).toContain('No results')
    const suggestions = await get(site.url, '/api/search?q=hypercalc')
    expect(JSON.parse(suggestions.text).results[0].slug).toBe('hypercalcaemia')
    expect((await get(site.url, `/search?q=${'x'.repeat(5000)}`)).status).toBe(200)
  })

  it('draws the whole network on /explore, with the same links listed', async () => {
    const page = await get(site.url, '/explore')
    expect(page.status).toBe(200)
    expect(page.text).toContain('<svg class="relation-graph"')
    expect(page.text).toContain('Connections, entry by entry')
  })
})
