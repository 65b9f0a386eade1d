/** Names and paths shared by pages, feeds, embeds and the API. */
import { SOURCE_LANGUAGE, TRANSLATED_LANGUAGES, isLang, language, type Lang } from './i18n/languages'

export const SITE_NAME = 'Open Medical Encyclopedia'
export const SITE_DESCRIPTION =
  'An open, structured encyclopedia of diseases: plain-language summaries, clinical detail, codes and references, free to read and embed.'

const ENTRIES = '/diseases'
const CATEGORIES = '/categories'
const LETTERS = '/letters'

/** A query string from the parameters that have a value (the source language is the default `lang`). */
function query(params: Record<string, string | undefined>): string {
  const pairs = Object.entries(params).filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
  return pairs.length
    ? `?${pairs.map(([k, v]) => `${k}=${k === 'sections' ? v : encodeURIComponent(v)}`).join('&')}`
    : ''
}
const langParam = (lang: Lang) => (lang === SOURCE_LANGUAGE ? undefined : lang)

/**
 * Every reader address is written here and nowhere else. Reader pages in the source language have no prefix;
 * another language's pages are under `/<lang>` (with the slugs of that language's documents). Embeds and the
 * API take `lang` as a parameter.
 */
export function pathsIn(lang: Lang) {
  const prefix = lang === SOURCE_LANGUAGE ? '' : `/${lang}`
  return {
    lang,
    home: () => prefix || '/',
    entries: () => `${prefix}${ENTRIES}`,
    /** A page of A–Z past one page (components/lists/az.ts): a letter's key, and its page from 1. */
    entriesLetter: (key: string, page = 1) => `${prefix}${ENTRIES}${LETTERS}/${key}${page > 1 ? `/${page}` : ''}`,
    entry: (slug: string) => `${prefix}${ENTRIES}/${slug}`,
    categories: () => `${prefix}${CATEGORIES}`,
    /** A category's page of entries, from 1 (components/lists/paging.ts). */
    category: (slug: string, page = 1) => `${prefix}${CATEGORIES}/${slug}${page > 1 ? `/${page}` : ''}`,
    search: (q?: string) => `${prefix}/search${query({ q })}`,
    explore: () => `${prefix}/explore`,
    feed: () => `${prefix}/feed.xml`,
    /** The page the proxy shows, with status 404, for an address that does not exist. */
    notFound: () => `${prefix}/404`,
    unavailable: () => `${prefix}/unavailable`,
    embed: (slug: string, sections: readonly string[] = []) =>
      `/embed/${slug}${query({ lang: langParam(lang), sections: sections.join(',') })}`,
    api: () => '/api/v1',
    apiEntries: (q?: string) => `/api/v1/entries${q ? `?${q}` : ''}`,
    apiEntry: (slug: string) => `/api/v1/entries/${slug}${query({ lang: langParam(lang) })}`,
    sitemap: () => '/sitemap.xml',
    /** A file of a sitemap index (lib/seo/sitemap.ts), from 1. */
    sitemapPage: (page: number) => `/sitemaps/${page}.xml`,
    oembed: (url: string, format: 'json' | 'xml') => `/api/oembed?url=${encodeURIComponent(url)}&format=${format}`,
  }
}
export type Paths = ReturnType<typeof pathsIn>

/** The source language's addresses. */
export const paths = pathsIn(SOURCE_LANGUAGE)

/** An absolute URL of this site: `origin` without a trailing slash, `path` from `paths`. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin}${path}`
}

/** Route patterns of the pages with a slug (Presentation routes; proxy.ts's matcher spells them out). */
export const routePatterns = { entry: paths.entry(':slug'), category: paths.category(':slug') }
/** A category's later pages (`/categories/:slug/:page`, and under a language). */
export const categoryPagePatterns = {
  source: `${CATEGORIES}/:slug/:page`,
  translated: `/:lang${CATEGORIES}/:slug/:page`,
}
/** The same patterns with the language as a parameter (`/:lang/diseases/:slug`). */
export const translatedRoutePatterns = { entry: `/:lang${ENTRIES}/:slug`, category: `/:lang${CATEGORIES}/:slug` }

/** The pages of A–Z by letter (the proxy refuses a letter or page number that cannot exist). */
export const letterPagePatterns = {
  source: `${ENTRIES}${LETTERS}/:path*`,
  translated: `/:lang${ENTRIES}${LETTERS}/:path*`,
}

/**
 * The A–Z letter page an address names: its language, the letter's key and what follows it (the page number),
 * as sent (still percent-encoded); undefined for any other address.
 */
export function letterPageOf(pathname: string): { lang: Lang; rawKey: string; rawRest: string[] } | undefined {
  const { lang, rest } = languageOfPath(pathname)
  const base = `${ENTRIES}${LETTERS}/`
  if (!rest.startsWith(base)) return undefined
  const [rawKey = '', ...rawRest] = rest.slice(base.length).replace(/\/$/, '').split('/')
  return { lang, rawKey, rawRest }
}

/** The language of a reader address (its prefix) and the address without it. */
export function languageOfPath(pathname: string): { lang: Lang; rest: string } {
  const [, first, ...more] = pathname.split('/')
  if (isLang(first) && TRANSLATED_LANGUAGES.includes(first)) return { lang: first, rest: `/${more.join('/')}` }
  return { lang: SOURCE_LANGUAGE, rest: pathname }
}

/**
 * The entry, category or embed page an address names, with its language and slug as sent (still
 * percent-encoded), and for a category's later pages the page number as sent; undefined for any other
 * address. A trailing slash is allowed.
 */
export function slugPageOf(
  pathname: string,
): { kind: 'entry' | 'category' | 'embed'; rawSlug: string; rawPage?: string; lang: Lang } | undefined {
  const { lang, rest: path } = languageOfPath(pathname)
  for (const [kind, base] of [
    ['entry', ENTRIES],
    ['category', CATEGORIES],
    ['embed', '/embed'],
  ] as const) {
    if (!path.startsWith(`${base}/`) || (kind === 'embed' && lang !== SOURCE_LANGUAGE)) continue
    const [rawSlug, rawPage, ...more] = path
      .slice(base.length + 1)
      .replace(/\/$/, '')
      .split('/')
    if (!rawSlug || more.length > 0 || (rawPage !== undefined && kind !== 'category')) return undefined
    return rawPage === undefined ? { kind, rawSlug, lang } : { kind, rawSlug, rawPage, lang }
  }
  return undefined
}

export const MEDICAL_DISCLAIMER =
  'This encyclopedia gives general information, not medical advice. It cannot diagnose you or tell you what treatment is right for you: talk to a doctor or other qualified health professional about your own health.'

/** "2026-11-25" → "25 November 2026" ("25 de noviembre de 2026"), fixed to UTC so server and tests agree. */
export function formatDate(iso: string | undefined, lang: Lang = SOURCE_LANGUAGE): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return undefined
  return new Intl.DateTimeFormat(language(lang).locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}
