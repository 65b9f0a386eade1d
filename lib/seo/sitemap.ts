/**
 * The sitemap (https://www.sitemaps.org/protocol.html): one file while the site has at most 50,000
 * addresses (the protocol's limit per file), past that a sitemap index at the same address naming files of
 * 50,000 each, so a crawler can reach every entry however large the encyclopedia grows. Every page in every
 * language is listed, each with its versions in the other languages (`xhtml:link rel="alternate"`, as
 * Google documents for localized versions), the same pairs as the pages' own hreflang links.
 */
import type { CategorySummary, EntrySummary, TranslationSet } from '../content/models'
import { changedAt } from '../feeds/atom'
import { xmlEscape } from '../infobutton/feed'
import { hreflang, listAlternates, type Alternate } from '../i18n/alternates'
import { LANGUAGE_IDS, type Lang } from '../i18n/languages'
import { absoluteUrl, paths, pathsIn, type Paths } from '../site'

export const SITEMAP_LIMIT = 50_000

export interface SitemapUrl {
  loc: string
  lastmod?: string
  changefreq: 'daily' | 'weekly' | 'monthly'
  priority: number
  /** hreflang → absolute URL, x-default included; absent when the page has one language only. */
  alternates?: Record<string, string>
}

/** What the sitemap lists: each language's entries and categories, and which are translations of which. */
export interface SiteContent {
  languages: { lang: Lang; entries: EntrySummary[]; categories: CategorySummary[] }[]
  translations: TranslationSet[]
}

/** Every address of the site a crawler should know, home first, each language after the other. */
export function siteUrls(origin: string, { languages, translations }: SiteContent): SitemapUrl[] {
  const at = (path: string) => absoluteUrl(origin, path)
  const absolute = (alternates: Alternate[]) => {
    const pairs = hreflang(alternates)
    return pairs && Object.fromEntries(Object.entries(pairs).map(([l, path]) => [l, at(path)]))
  }
  // Only versions the sitemap lists itself: a translation that is invalid (not shown) is no alternate.
  const listed = new Set(
    languages.flatMap((l) => [
      ...l.entries.map((e) => `disease:${l.lang}:${e.slug}`),
      ...l.categories.map((c) => `category:${l.lang}:${c.slug}`),
    ]),
  )
  const versionsOf = new Map<string, { lang: Lang; slug: string }[]>()
  for (const set of translations) {
    const versions = set.versions.filter((v) => listed.has(`${v._type}:${v.lang}:${v.slug}`))
    for (const v of versions) versionsOf.set(`${v._type}:${v.lang}:${v.slug}`, versions)
  }
  const documentUrls = (
    type: 'disease' | 'category',
    lang: Lang,
    slug: string,
    path: (p: Paths, s: string) => string,
  ) => {
    const versions = versionsOf.get(`${type}:${lang}:${slug}`) ?? [{ lang, slug }]
    const slugs = new Map(versions.map((v) => [v.lang, v.slug]))
    return absolute(
      LANGUAGE_IDS.map((l) => {
        const s = slugs.get(l)
        return { lang: l, path: s === undefined ? null : path(pathsIn(l), s) }
      }),
    )
  }
  const list = (page: (p: Paths) => string) => absolute(listAlternates(page))
  return [
    ...languages.map(({ lang }) => ({
      loc: at(pathsIn(lang).home()),
      changefreq: 'daily' as const,
      priority: 1,
      alternates: list((p) => p.home()),
    })),
    ...languages.flatMap(({ lang, entries, categories }) => {
      const paths = pathsIn(lang)
      return [
        { loc: at(paths.entries()), changefreq: 'daily' as const, priority: 0.9, alternates: list((p) => p.entries()) },
        {
          loc: at(paths.categories()),
          changefreq: 'weekly' as const,
          priority: 0.6,
          alternates: list((p) => p.categories()),
        },
        ...entries.map((e) => ({
          loc: at(paths.entry(e.slug)),
          lastmod: changedAt(e),
          changefreq: 'monthly' as const,
          priority: 0.8,
          alternates: documentUrls('disease', lang, e.slug, (p, s) => p.entry(s)),
        })),
        ...categories.map((c) => ({
          loc: at(paths.category(c.slug)),
          changefreq: 'weekly' as const,
          priority: 0.5,
          alternates: documentUrls('category', lang, c.slug, (p, s) => p.category(s)),
        })),
      ]
    }),
  ]
}

const xml = xmlEscape
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const XHTML = 'http://www.w3.org/1999/xhtml'

export const sitemapPageCount = (urls: SitemapUrl[]) => Math.max(1, Math.ceil(urls.length / SITEMAP_LIMIT))

/** One file of the sitemap: page `page` (from 1) of the addresses. */
export function urlsetXml(urls: SitemapUrl[], page = 1): string {
  const rows = urls.slice((page - 1) * SITEMAP_LIMIT, page * SITEMAP_LIMIT).map(
    (u) =>
      `<url>\n<loc>${xml(u.loc)}</loc>\n${u.lastmod ? `<lastmod>${xml(u.lastmod)}</lastmod>\n` : ''}<changefreq>${u.changefreq}</changefreq>\n<priority>${u.priority}</priority>\n${Object.entries(
        u.alternates ?? {},
      )
        .map(([l, href]) => `<xhtml:link rel="alternate" hreflang="${xml(l)}" href="${xml(href)}"/>\n`)
        .join('')}</url>\n`,
  )
  return `${HEAD}<urlset xmlns="${NS}" xmlns:xhtml="${XHTML}">\n${rows.join('')}</urlset>\n`
}

/** The index naming every file, each with the latest change among its addresses. */
export function sitemapIndexXml(origin: string, urls: SitemapUrl[]): string {
  const files = Array.from({ length: sitemapPageCount(urls) }, (_, i) => {
    const dates = urls.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT).flatMap((u) => (u.lastmod ? [u.lastmod] : []))
    const latest = dates.sort().at(-1)
    return `<sitemap>\n<loc>${xml(absoluteUrl(origin, paths.sitemapPage(i + 1)))}</loc>\n${latest ? `<lastmod>${latest}</lastmod>\n` : ''}</sitemap>\n`
  })
  return `${HEAD}<sitemapindex xmlns="${NS}">\n${files.join('')}</sitemapindex>\n`
}

/** What /sitemap.xml answers: the only file, or the index when one file cannot hold every address. */
export function sitemapXml(origin: string, urls: SitemapUrl[]): string {
  return urls.length <= SITEMAP_LIMIT ? urlsetXml(urls) : sitemapIndexXml(origin, urls)
}
