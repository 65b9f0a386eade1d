/**
 * The production build in Sanity mode, against the loopback Content Lake: publishing through the signed
 * webhook, and readers keep the last good page while the Content Lake fails, hangs or answers garbage.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as queries from '../../lib/content/queries'
import { parseNdjson, type SanityDocument } from '../../lib/content/sources/dataset'
import { BUNDLED_DATASET } from '../support/content'
import { startContentLake, type ContentLake } from '../support/content-lake'
import { SANITY_BUILD_ENV, TEST_SECRETS } from './global-setup'
import { ROOT, get, startSite, type Site } from './support/site'
import { WEBHOOK_SECRET, eventually, expectLogged, sendWebhook } from './support/webhook'

let lake: ContentLake
let site: Site
let docs: SanityDocument[]

const calciphylaxis = () => docs.find((d) => d._id === 'disease-calciphylaxis') as SanityDocument
const setTitle = (title: string) => {
  calciphylaxis().title = title
  lake.load(docs)
}
const publishCalciphylaxis = () =>
  sendWebhook(site.url, { _id: 'disease-calciphylaxis', _type: 'disease', slug: 'calciphylaxis' })
const page = () => get(site.url, '/diseases/calciphylaxis')
const titleOf = (html: string) => /<h1 id="entry-title">([^<]*)<\/h1>/.exec(html)?.[1]

beforeAll(async () => {
  docs = parseNdjson(fs.readFileSync(BUNDLED_DATASET, 'utf8'), BUNDLED_DATASET)
  lake = await startContentLake()
  lake.load(docs)
  site = await startSite('.build/sanity', {
    ...SANITY_BUILD_ENV,
    SANITY_API_HOST: lake.url,
    SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET,
    SANITY_WEBHOOK_CONSISTENCY_WAIT_MS: '0',
    CONTENT_TIMEOUT_MS: '1500',
  })
})

afterAll(async () => {
  await site?.stop()
  await lake?.close()
})

describe('Sanity mode, production build', () => {
  it('serves prerendered pages from the cache without asking the Content Lake', async () => {
    lake.requests = []
    const first = await page()
    expect(first.status).toBe(200)
    expect(first.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(titleOf(first.text)).toBe('Calciphylaxis')
  })

  it('renders an entry that was never rendered with 2 Content Lake requests, none of the whole dataset', async () => {
    const slug = 'never-rendered-entry'
    docs.push({
      ...calciphylaxis(),
      _id: 'disease-never-rendered',
      title: 'Never rendered',
      slug: { _type: 'slug', current: slug },
    })
    lake.load(docs)
    lake.requests = []
    const res = await get(site.url, `/diseases/${slug}`)
    expect([res.status, titleOf(res.text)]).toEqual([200, 'Never rendered'])
    // Whether the address exists (the proxy), then the entry with what it needs to check its links (the page).
    const asked = lake.requests.filter((r) => r.path.includes('/data/query/')).map((r) => r.query)
    expect(asked).toEqual([queries.SLUG_EXISTS_QUERY, queries.ENTRY_QUERY])
    // The page keeps every link of the entry it was copied from: they were checked without the index.
    expect(res.text).toContain('href="/diseases/chronic-kidney-disease"')
  })

  it('asks the Content Lake about a made-up address, and keeps nothing of the answer', async () => {
    const cacheFiles = (dir = path.join(ROOT, site.distDir, 'cache')): number =>
      fs.existsSync(dir)
        ? fs
            .readdirSync(dir, { withFileTypes: true })
            .reduce((n, e) => n + (e.isDirectory() ? cacheFiles(path.join(dir, e.name)) : 1), 0)
        : 0
    // Before anything is published or fails here: after that, pages regenerate in the background.
    expect((await get(site.url, '/embed/calciphylaxis')).status).toBe(200)
    const before = cacheFiles()
    for (let i = 0; i < 20; i++)
      for (const target of [
        `/embed/made-up-${i}`,
        `/api/v1/entries/made-up-${i}`,
        `/diseases/made-up-${i}`,
        `/categories/made-up-${i}`,
      ])
        expect([target, (await get(site.url, target)).status]).toEqual([target, 404])
    expect(cacheFiles() - before).toBeLessThanOrEqual(0)
  })

  it('shows a published change after the signed webhook', async () => {
    setTitle('Calciphylaxis (revised)')
    const res = await publishCalciphylaxis()
    expect(res.status).toBe(200)
    expect(res.body?.tags).toEqual(
      expect.arrayContaining(['entry:calciphylaxis', 'entries', 'entry:chronic-kidney-disease']),
    )
    await eventually(async () => titleOf((await page()).text) === 'Calciphylaxis (revised)', {
      what: 'the revised title on /diseases/calciphylaxis',
    })
  })

  it.each(['error', 'garbage', 'hang'] as const)(
    'keeps serving the last good page when the Content Lake answers with %s during revalidation',
    async (behaviour) => {
      setTitle(`Calciphylaxis (${behaviour})`)
      expect((await publishCalciphylaxis()).status).toBe(200)
      lake.behaviour = behaviour
      try {
        for (let i = 0; i < 3; i++) {
          const res = await page()
          expect(res.status).toBe(200)
          expect(titleOf(res.text)).toMatch(/^Calciphylaxis/)
        }
        const other = await get(site.url, '/diseases/chronic-kidney-disease')
        expect(other.status).toBe(200)
      } finally {
        lake.behaviour = 'ok'
      }
      // Recovery: once the Content Lake answers again, the fresh content appears (pages built from the last
      // good data are retried every 5 s).
      await eventually(async () => titleOf((await page()).text) === `Calciphylaxis (${behaviour})`, {
        what: `the title published during the ${behaviour} once the Content Lake answers again`,
        intervalMs: 250,
      })
    },
  )

  it('answers a clear 503 for a page never rendered while the Content Lake is down, and renders it once it is back', async () => {
    const newcomer = {
      ...calciphylaxis(),
      _id: 'disease-newcomer',
      title: 'Newcomer syndrome',
      slug: { _type: 'slug', current: 'newcomer-syndrome' },
    }
    docs.push(newcomer)
    lake.load(docs)
    lake.behaviour = 'error'
    const publish = () =>
      sendWebhook(site.url, { _id: 'disease-newcomer', _type: 'disease', slug: 'newcomer-syndrome' })
    try {
      // The webhook cannot work out what to revalidate: it says so, and Sanity retries it later.
      const refused = await publish()
      expect(refused.status).toBe(503)
      expect(refused.body?.error).toMatch(/content source did not answer/)
      for (let i = 0; i < 2; i++) {
        const res = await get(site.url, '/diseases/newcomer-syndrome')
        expect(res.status).toBe(503)
        expect(res.headers.get('retry-after')).toBe('30')
        // Not for shared caches: the page exists as soon as the Content Lake answers.
        expect(res.headers.get('cache-control')).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
        expect(res.text).toContain('<h1>This page is temporarily unavailable</h1>')
      }
      expect((await get(site.url, '/diseases/chronic-kidney-disease')).status).toBe(200)
      expect((await get(site.url, '/')).status).toBe(200)
    } finally {
      lake.behaviour = 'ok'
    }
    expect((await publish()).status).toBe(200)
    await eventually(
      async () => {
        const res = await get(site.url, '/diseases/newcomer-syndrome')
        return res.status === 200 && titleOf(res.text) === 'Newcomer syndrome'
      },
      { what: 'the newly published entry rendered once the Content Lake is back', intervalMs: 250 },
    )
    await expectLogged(site.output, /\[content\] content source failing; serving the last good pages · source=/)
  })

  it('keeps secrets out of pages and answers, and refuses a forged Presentation-tool preview secret', async () => {
    for (const url of [
      '/',
      '/diseases/calciphylaxis',
      '/api/v1/entries/calciphylaxis',
      '/embed/calciphylaxis',
      '/feed.xml',
    ]) {
      const res = await get(site.url, url)
      for (const secret of Object.values(TEST_SECRETS)) expect([url, res.text.includes(secret)]).toEqual([url, false])
    }
    // The secret is checked against the Content Lake, which knows no such secret document.
    const forged = await get(site.url, '/api/draft-mode/enable?sanity-preview-secret=forged&sanity-preview-pathname=/')
    expect(forged.status).toBe(401)
    expect(forged.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
  })

  it('turns draft mode on with a real Presentation-tool secret, and redirects only to paths on this site', async () => {
    // The document the Presentation tool writes before it opens the preview (@sanity/preview-url-secret).
    const secret = {
      _id: 'sanity-preview-url-secret.e2e',
      _type: 'sanity.previewUrlSecret',
      secret: 'e2e-presentation-secret',
      studioUrl: '/studio',
      _updatedAt: new Date().toISOString(),
    }
    lake.load([...docs, secret])
    try {
      const enable = (pathname: string) =>
        get(
          site.url,
          `/api/draft-mode/enable?sanity-preview-secret=${secret.secret}&sanity-preview-perspective=drafts&sanity-preview-pathname=${encodeURIComponent(pathname)}`,
        )
      const good = await enable('/diseases/calciphylaxis')
      expect(good.status).toBe(307)
      expect(new URL(good.headers.get('location') ?? '', site.url).pathname).toBe('/diseases/calciphylaxis')
      expect(good.headers.get('set-cookie') ?? '').toContain('__prerender_bypass')
      for (const trick of ['/..//evil.example', '/%2e%2e//evil.example', '/a/..//evil.example', '//evil.example']) {
        const res = await enable(trick)
        expect([trick, res.status]).toEqual([trick, 307])
        const location = res.headers.get('location') ?? ''
        expect([trick, new URL(location, site.url).origin]).toEqual([trick, site.url])
      }
    } finally {
      lake.load(docs)
    }
  })
})
