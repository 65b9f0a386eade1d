/**
 * The sitemap: one file up to 50,000 addresses, past that an index whose files hold every address once,
 * each file within the protocol's limit. Parsed with a real XML parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { EntrySummary } from '../../lib/content/models'
import { LANGUAGE_IDS } from '../../lib/i18n/languages'
import { SITEMAP_LIMIT, siteUrls, sitemapPageCount, sitemapXml, urlsetXml } from '../../lib/seo/sitemap'
import { paths, pathsIn } from '../../lib/site'
import { localApi } from '../support/content'

const ORIGIN = 'https://encyclopedia.example'
const parser = new XMLParser({
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
  ignoreAttributes: false,
  attributeNamePrefix: '',
})
type Link = { rel: string; hreflang: string; href: string }
type Url = { loc: string; lastmod?: string; 'xhtml:link'?: Link[] }
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml) as {
    urlset?: { url: Url[]; 'xmlns:xhtml'?: string }
    sitemapindex?: { sitemap: { loc: string; lastmod?: string }[] }
  }
}
const english = (entries: EntrySummary[]) => ({
  languages: [{ lang: 'en' as const, entries, categories: [] }],
  translations: [],
})

async function bundled() {
  const { api } = localApi()
  const languages = await Promise.all(
    LANGUAGE_IDS.map(async (lang) => ({
      lang,
      entries: await api.getEntryIndex(lang),
      categories: await api.getCategories(lang),
    })),
  )
  return { languages, translations: await api.getTranslationSets() }
}

describe('the sitemap', () => {
  it('is one file naming every entry and category of the bundled dataset, in every language', async () => {
    const content = await bundled()
    const doc = parse(sitemapXml(ORIGIN, siteUrls(ORIGIN, content)))
    const locs = doc.urlset?.url.map((u) => u.loc) ?? []
    const [en, es] = content.languages
    expect(en.entries.length).toBeGreaterThan(40)
    expect(es.entries.length).toBeGreaterThanOrEqual(10)
    expect(locs).toEqual(
      expect.arrayContaining(
        content.languages.flatMap(({ lang, entries, categories }) => [
          `${ORIGIN}${pathsIn(lang).home()}`,
          ...entries.map((e) => `${ORIGIN}${pathsIn(lang).entry(e.slug)}`),
          ...categories.map((c) => `${ORIGIN}${pathsIn(lang).category(c.slug)}`),
        ]),
      ),
    )
    const pages = content.languages.reduce((n, l) => n + 3 + l.entries.length + l.categories.length, 0)
    expect(locs).toHaveLength(pages)
    expect(new Set(locs).size).toBe(locs.length)
  })

  it('lists each page’s versions in the other languages, pairs that point at each other, with x-default', async () => {
    const doc = parse(sitemapXml(ORIGIN, siteUrls(ORIGIN, await bundled())))
    expect(doc.urlset?.['xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml')
    const urls = new Map((doc.urlset?.url ?? []).map((u) => [u.loc, u]))
    const alternates = (loc: string) =>
      Object.fromEntries((urls.get(loc)?.['xhtml:link'] ?? []).map((l) => [l.hreflang, l.href]))
    const [enPage, esPage] = [`${ORIGIN}/diseases/calciphylaxis`, `${ORIGIN}/es/diseases/calcifilaxis`]
    const pair = { en: enPage, es: esPage, 'x-default': enPage }
    expect(alternates(enPage)).toEqual(pair)
    expect(alternates(esPage)).toEqual(pair)
    expect(alternates(`${ORIGIN}/es/categories/piel`)).toEqual({
      en: `${ORIGIN}/categories/skin`,
      es: `${ORIGIN}/es/categories/piel`,
      'x-default': `${ORIGIN}/categories/skin`,
    })
    expect(alternates(`${ORIGIN}/es/diseases`)).toEqual({
      en: `${ORIGIN}/diseases`,
      es: `${ORIGIN}/es/diseases`,
      'x-default': `${ORIGIN}/diseases`,
    })
    // An entry with no translation has no alternates: no link to a page that does not exist.
    expect(urls.has(`${ORIGIN}/diseases/cellulitis`)).toBe(true)
    expect(alternates(`${ORIGIN}/diseases/cellulitis`)).toEqual({})
  })

  it('becomes an index past 50,000 addresses, whose files hold every address once', () => {
    const many = Array.from(
      { length: 120_000 },
      (_, i) => ({ slug: `entry-${i}`, _updatedAt: `2026-0${1 + (i % 9)}-01T00:00:00Z` }) as EntrySummary,
    )
    const urls = siteUrls(ORIGIN, english(many))
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
    const xml = sitemapXml('https://a.example/?x=1&y=<2>', siteUrls('https://a.example/?x=1&y=<2>', english([])))
    expect(parse(xml).urlset?.url[0].loc).toBe('https://a.example/?x=1&y=<2>/')
  })
})
