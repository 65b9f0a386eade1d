/**
 * The sitemap: one file up to 50,000 addresses, past that an index whose files hold every address once,
 * each file within the protocol's limit. Parsed with a real XML parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { EntrySummary } from '../../lib/content/models'
import { SITEMAP_LIMIT, siteUrls, sitemapPageCount, sitemapXml, urlsetXml } from '../../lib/seo/sitemap'
import { paths } from '../../lib/site'
import { localApi } from '../support/content'

const ORIGIN = 'https://encyclopedia.example'
const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' })
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml) as {
    urlset?: { url: { loc: string; lastmod?: string }[] }
    sitemapindex?: { sitemap: { loc: string; lastmod?: string }[] }
  }
}

describe('the sitemap', () => {
  it('is one file naming every entry and category of the bundled dataset', async () => {
    const { api } = localApi()
    const [entries, categories] = await Promise.all([api.getEntryIndex(), api.getCategories()])
    const doc = parse(sitemapXml(ORIGIN, siteUrls(ORIGIN, entries, categories)))
    const locs = doc.urlset?.url.map((u) => u.loc) ?? []
    expect(entries.length).toBeGreaterThan(40)
    expect(locs).toEqual(
      expect.arrayContaining([
        `${ORIGIN}/`,
        ...entries.map((e) => `${ORIGIN}${paths.entry(e.slug)}`),
        ...categories.map((c) => `${ORIGIN}${paths.category(c.slug)}`),
      ]),
    )
    expect(locs).toHaveLength(3 + entries.length + categories.length)
  })

  it('becomes an index past 50,000 addresses, whose files hold every address once', () => {
    const many = Array.from(
      { length: 120_000 },
      (_, i) => ({ slug: `entry-${i}`, _updatedAt: `2026-0${1 + (i % 9)}-01T00:00:00Z` }) as EntrySummary,
    )
    const urls = siteUrls(ORIGIN, many, [])
    expect(sitemapPageCount(urls)).toBe(3)
    const index = parse(sitemapXml(ORIGIN, urls)).sitemapindex?.sitemap ?? []
    expect(index.map((s) => s.loc)).toEqual([1, 2, 3].map((n) => `${ORIGIN}${paths.sitemapPage(n)}`))
    expect(index.every((s) => /^2026-09-01/.test(s.lastmod ?? ''))).toBe(true)
    const seen = new Set<string>()
    for (let page = 1; page <= 3; page++) {
      const file = parse(urlsetXml(urls, page)).urlset?.url ?? []
      expect(file.length).toBeLessThanOrEqual(SITEMAP_LIMIT)
      for (const u of file) seen.add(u.loc)
    }
    expect(seen.size).toBe(urls.length)
    expect(seen.has(`${ORIGIN}${paths.entry('entry-119999')}`)).toBe(true)
  })

  it('escapes the origin as XML', () => {
    const xml = sitemapXml('https://a.example/?x=1&y=<2>', siteUrls('https://a.example/?x=1&y=<2>', [], []))
    expect(parse(xml).urlset?.url[0].loc).toBe('https://a.example/?x=1&y=<2>/')
  })
})
