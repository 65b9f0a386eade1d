/**
 * The sitemap (https://www.sitemaps.org/protocol.html): one file while the site has at most 50,000
 * addresses (the protocol's limit per file), past that a sitemap index at the same address naming files of
 * 50,000 each, so a crawler can reach every entry however large the encyclopedia grows.
 */
import type { CategorySummary, EntrySummary } from '../content/models'
import { changedAt } from '../feeds/atom'
import { xmlEscape } from '../infobutton/feed'
import { absoluteUrl, paths } from '../site'

export const SITEMAP_LIMIT = 50_000

export interface SitemapUrl {
  loc: string
  lastmod?: string
  changefreq: 'daily' | 'weekly' | 'monthly'
  priority: number
}

/** Every address of the site a crawler should know, home first. */
export function siteUrls(origin: string, entries: EntrySummary[], categories: CategorySummary[]): SitemapUrl[] {
  const at = (path: string) => absoluteUrl(origin, path)
  return [
    { loc: at(paths.home()), changefreq: 'daily', priority: 1 },
    { loc: at(paths.entries()), changefreq: 'daily', priority: 0.9 },
    { loc: at(paths.categories()), changefreq: 'weekly', priority: 0.6 },
    ...entries.map((e) => ({
      loc: at(paths.entry(e.slug)),
      lastmod: changedAt(e),
      changefreq: 'monthly' as const,
      priority: 0.8,
    })),
    ...categories.map((c) => ({ loc: at(paths.category(c.slug)), changefreq: 'weekly' as const, priority: 0.5 })),
  ]
}

const xml = xmlEscape
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

export const sitemapPageCount = (urls: SitemapUrl[]) => Math.max(1, Math.ceil(urls.length / SITEMAP_LIMIT))

/** One file of the sitemap: page `page` (from 1) of the addresses. */
export function urlsetXml(urls: SitemapUrl[], page = 1): string {
  const rows = urls
    .slice((page - 1) * SITEMAP_LIMIT, page * SITEMAP_LIMIT)
    .map(
      (u) =>
        `<url>\n<loc>${xml(u.loc)}</loc>\n${u.lastmod ? `<lastmod>${xml(u.lastmod)}</lastmod>\n` : ''}<changefreq>${u.changefreq}</changefreq>\n<priority>${u.priority}</priority>\n</url>\n`,
    )
  return `${HEAD}<urlset xmlns="${NS}">\n${rows.join('')}</urlset>\n`
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
