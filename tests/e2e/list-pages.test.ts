/**
 * Lists at the size of a real encyclopedia, against the production build in local mode: with more entries
 * than fit on one page, `/diseases` lists the letters and each letter has pages of its own, and a category's
 * entries are paged. A crawler that follows only a list's links reaches every entry the list holds, no page
 * is over 200 KB, and an address naming a letter or page that does not exist is the rendered 404 page
 * (refused by the proxy before any render). HTML is read with a real parser (htmlparser2).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { syntheticDataset } from '../../bench/lib/synthetic'
import { AZ_PAGE_SIZE } from '../../components/lists/az'
import { CATEGORY_PAGE_SIZE, MAX_PAGES } from '../../components/lists/paging'
import { createContentApi } from '../../lib/content/api'
import { parseNdjson, publishedView } from '../../lib/content/sources/dataset'
import { GroqDataset } from '../../lib/content/sources/groq'
import { BUNDLED_DATASET } from '../support/content'
import { MAX_DRAWN } from '../../components/graph/NetworkView'
import { get, startSite, type Site } from './support/site'
import { WEBHOOK_SECRET, eventually, sendWebhook } from './support/webhook'
import { all, attr, first, parseHtml, text, within } from './support/html'

// Enough synthetic entries (all titled "Synthetic …") that their letter needs three pages; all of them are in
// one category, which needs ten.
const SYNTHETIC = 2 * AZ_PAGE_SIZE + 150
const CATEGORY = 'synthetic-category-0'
const MAX_PAGE_BYTES = 200 * 1024

let site: Site
let dir: string
const bundled = parseNdjson(fs.readFileSync(BUNDLED_DATASET, 'utf8'), BUNDLED_DATASET)
const synthetic = syntheticDataset(SYNTHETIC).map((d) =>
  d._type === 'disease' ? { ...d, categories: [{ _type: 'reference', _key: 'c', _ref: CATEGORY }] } : d,
)
const dataset = new GroqDataset(publishedView([...bundled, ...synthetic]))

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'az-pages-'))
  const file = path.join(dir, 'production.ndjson')
  fs.writeFileSync(file, `${[...bundled, ...synthetic].map((d) => JSON.stringify(d)).join('\n')}\n`)
  fs.cpSync(path.join(path.dirname(BUNDLED_DATASET), 'images'), path.join(dir, 'images'), { recursive: true })
  site = await startSite('.build/local', { CONTENT_DATASET: file, SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET })
  // The build prerendered A–Z from the bundled dataset: publishing an entry of this one refreshes the lists.
  const [first] = synthetic.filter((d) => d._type === 'disease')
  expect(
    (
      await sendWebhook(site.url, {
        _id: first._id,
        _type: 'disease',
        slug: (first.slug as { current: string }).current,
      })
    ).status,
  ).toBe(200)
  await eventually(async () => (await get(site.url, '/diseases')).text.includes('/diseases/letters/s'), {
    what: 'A–Z to be paged',
  })
})

afterAll(async () => {
  await site?.stop()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

/** The addresses an A–Z page links to, in its main content and navigation (not the site's header or footer). */
const linksOf = (html: string) =>
  all(first(parseHtml(html), { tag: 'main' }) ?? parseHtml(''), { tag: 'a' })
    .map((a) => attr(a, 'href') ?? '')
    .filter((href) => href.startsWith('/'))

/** Every page reachable from `start` through A–Z's own links, and the entries they link to. */
async function crawl(start: string, lists: RegExp, entry: RegExp) {
  const seen = new Set([start])
  const queue = [start]
  const entries = new Set<string>()
  const sizes: number[] = []
  while (queue.length > 0) {
    const pathname = queue.shift() as string
    const res = await get(site.url, pathname)
    expect([pathname, res.status]).toEqual([pathname, 200])
    sizes.push(Buffer.byteLength(res.text))
    for (const href of linksOf(res.text)) {
      if (entry.test(href)) entries.add(href)
      else if (lists.test(href) && !seen.has(href)) {
        seen.add(href)
        queue.push(href)
      }
    }
  }
  return { pages: [...seen], entries, largest: Math.max(...sizes) }
}

/** The entry pages A–Z must reach: every entry of the index (read here with the site's own content functions). */
const englishEntries = async () =>
  (await createContentApi((query, params) => dataset.query(query, params)).getEntryIndex('en')).map(
    (e) => `/diseases/${e.slug}`,
  )

describe('lists past one page', () => {
  it('reaches every entry through A–Z links alone, in pages of at most 200 KB', async () => {
    const { pages, entries, largest } = await crawl('/diseases', /^\/diseases\/letters\//, /^\/diseases\/[^/]+$/)
    const expected = await englishEntries()
    expect(expected.length).toBeGreaterThan(SYNTHETIC)
    expect([...entries].sort()).toEqual([...expected].sort())
    // The synthetic letter's three pages are among those followed.
    expect(pages).toEqual(
      expect.arrayContaining(['/diseases/letters/s', '/diseases/letters/s/2', '/diseases/letters/s/3']),
    )
    expect(largest).toBeLessThanOrEqual(MAX_PAGE_BYTES)
  })

  it('lists the letters with their counts, and pages a letter with links to each page', async () => {
    const az = parseHtml((await get(site.url, '/diseases')).text)
    const letterS = first(az, { tag: 'a', attrs: { href: '/diseases/letters/s' } })
    expect(text(letterS)).toBe('S')
    const second = parseHtml((await get(site.url, '/diseases/letters/s/2')).text)
    expect(text(first(second, { tag: 'h1' }))).toBe('Diseases A–Z: S')
    const pager = within(second, { tag: 'nav', attrs: { 'aria-label': 'Pages' } }, { tag: 'a' })
    expect(pager.map((a) => [text(a), attr(a, 'href')])).toEqual([
      ['Previous page', '/diseases/letters/s'],
      ['1', '/diseases/letters/s'],
      ['3', '/diseases/letters/s/3'],
      ['Next page', '/diseases/letters/s/3'],
    ])
    expect(text(first(second, { tag: 'span', attrs: { 'aria-current': 'page' } }))).toBe('2')
    expect(all(second, { tag: 'link', attrs: { rel: 'canonical' } }).map((l) => attr(l, 'href'))).toEqual([
      expect.stringMatching(/\/diseases\/letters\/s\/2$/),
    ])
  })

  it('pages Spanish A–Z by the letters of its alphabet', async () => {
    const res = await get(site.url, '/es/diseases/letters/c')
    expect(res.status).toBe(200)
    const doc = parseHtml(res.text)
    expect(attr(first(doc, { tag: 'html' }), 'lang')).toBe('es')
    expect(text(first(doc, { tag: 'h1' }))).toBe('Enfermedades de la A a la Z: C')
    expect(linksOf(res.text)).toContain('/es/diseases/calcifilaxis')
    // "Ñ" is a letter of Spanish (with no entries here), not of English.
    expect(text(first(doc, { tag: 'nav', attrs: { 'aria-label': 'Letras' } }))).toContain('Ñ')
    expect((await get(site.url, '/diseases/letters/n-209')).status).toBe(404)
  })

  it('answers 400 for an address that is not valid percent-encoding, as for any other address', async () => {
    expect((await get(site.url, '/diseases/letters/%E2')).status).toBe(400)
  })

  it("reaches every entry of a category through its pages' links alone", async () => {
    const start = `/categories/${CATEGORY}`
    const { pages, entries, largest } = await crawl(start, new RegExp(`^${start}/\\d+$`), /^\/diseases\/[^/]+$/)
    const pageCount = Math.ceil(SYNTHETIC / CATEGORY_PAGE_SIZE)
    expect(pages.sort()).toEqual(
      [start, ...Array.from({ length: pageCount - 1 }, (_, i) => `${start}/${i + 2}`)].sort(),
    )
    const expected = synthetic
      .filter((d) => d._type === 'disease')
      .map((d) => `/diseases/${(d.slug as { current: string }).current}`)
    expect([...entries].sort()).toEqual(expected.sort())
    expect(largest).toBeLessThanOrEqual(MAX_PAGE_BYTES)
    const last = parseHtml((await get(site.url, `${start}/${pageCount}`)).text)
    expect(text(first(last, { tag: 'h2', attrs: { id: 'entries' } }))).toBe(
      `Entries (Page ${pageCount} of ${pageCount})`,
    )
  })

  it('keeps /explore to the most connected entries, with a link to A–Z for the rest', async () => {
    let doc = parseHtml('')
    await eventually(
      async () => {
        doc = parseHtml((await get(site.url, '/explore')).text)
        return /most connected of \d+ entries/.test(text(first(doc, { tag: 'main' })) ?? '')
      },
      { what: '/explore to show the larger dataset' },
    )
    const listed = within(doc, { tag: 'section', attrs: { 'aria-labelledby': 'connections' } }, { tag: 'li' })
    expect(listed.length).toBeGreaterThan(MAX_DRAWN / 2)
    expect(listed.length).toBeLessThanOrEqual(MAX_DRAWN)
    expect(linksOf((await get(site.url, '/explore')).text)).toContain('/diseases')
  })

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s on a letter page and a category page', async (method) => {
    for (const pathname of ['/diseases/letters/s/2', `/categories/${CATEGORY}/2`]) {
      const res = await get(site.url, pathname, { method })
      expect([pathname, res.status]).toEqual([pathname, 405])
    }
  })

  it.each([
    ['a letter no alphabet has', '/diseases/letters/zz'],
    ['an encoded letter', '/diseases/letters/%C3%B1'],
    ['page 1 written out', '/diseases/letters/s/1'],
    ['a page number with a leading zero', '/diseases/letters/s/02'],
    ['a page past any letter', `/diseases/letters/s/${MAX_PAGES + 1}`],
    ['a page past this letter', '/diseases/letters/s/4'],
    ['a letter without entries', '/diseases/letters/q'],
    ['a path below a page', '/diseases/letters/s/2/3'],
    ['a letter key of 5,000 characters', `/diseases/letters/${'s'.repeat(5000)}`],
    ['a page number of 5,000 digits', `/diseases/letters/s/${'9'.repeat(5000)}`],
    ["a category's page 1 written out", `/categories/${CATEGORY}/1`],
    ["a page past a category's last", `/categories/${CATEGORY}/${Math.ceil(SYNTHETIC / CATEGORY_PAGE_SIZE) + 1}`],
    ['a later page of a category with one page', '/categories/synthetic-category-1/2'],
    ['a later page of a category that does not exist', '/categories/no-such-category/2'],
    ['a category page number that is not one', `/categories/${CATEGORY}/two`],
  ])('answers 404 for %s', async (_what, pathname) => {
    const res = await get(site.url, pathname)
    expect([pathname, res.status]).toEqual([pathname, 404])
    expect(res.text).toContain('<h1')
  })
})
