/** Names and paths shared by pages, feeds, embeds and the API. */
export const SITE_NAME = 'Open Medical Encyclopedia'
export const SITE_DESCRIPTION =
  'An open, structured encyclopedia of diseases: plain-language summaries, clinical detail, codes and references, free to read and embed.'

const ENTRIES = '/diseases'
const CATEGORIES = '/categories'

/** Every reader address is written here and nowhere else. */
export const paths = {
  home: () => '/',
  entries: () => ENTRIES,
  entry: (slug: string) => `${ENTRIES}/${slug}`,
  categories: () => CATEGORIES,
  category: (slug: string) => `${CATEGORIES}/${slug}`,
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
  embed: (slug: string, sections: readonly string[] = []) =>
    `/embed/${slug}${sections.length ? `?sections=${sections.join(',')}` : ''}`,
  api: () => '/api/v1',
  apiEntries: (query?: string) => `/api/v1/entries${query ? `?${query}` : ''}`,
  apiEntry: (slug: string) => `/api/v1/entries/${slug}`,
  sitemap: () => '/sitemap.xml',
  /** A file of a sitemap index (lib/seo/sitemap.ts), from 1. */
  sitemapPage: (page: number) => `/sitemaps/${page}.xml`,
  oembed: (url: string, format: 'json' | 'xml') => `/api/oembed?url=${encodeURIComponent(url)}&format=${format}`,
}

/** An absolute URL of this site: `origin` without a trailing slash, `path` from `paths`. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin}${path}`
}

/** Route patterns of the pages with a slug (Presentation routes; proxy.ts's matcher spells them out). */
export const routePatterns = { entry: paths.entry(':slug'), category: paths.category(':slug') }

/**
 * The entry, category or embed page an address names, with its last segment as sent (still percent-encoded), or
 * undefined for any other address. A trailing slash is allowed.
 */
export function slugPageOf(pathname: string): { kind: 'entry' | 'category' | 'embed'; rawSlug: string } | undefined {
  for (const [kind, base] of [
    ['entry', ENTRIES],
    ['category', CATEGORIES],
    ['embed', '/embed'],
  ] as const) {
    if (!pathname.startsWith(`${base}/`)) continue
    const rest = pathname.slice(base.length + 1).replace(/\/$/, '')
    return rest && !rest.includes('/') ? { kind, rawSlug: rest } : undefined
  }
  return undefined
}

export const MEDICAL_DISCLAIMER =
  'This encyclopedia gives general information, not medical advice. It cannot diagnose you or tell you what treatment is right for you: talk to a doctor or other qualified health professional about your own health.'

/** "2026-11-25" → "25 November 2026", fixed to UTC so server and tests agree. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return undefined
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  )
}
