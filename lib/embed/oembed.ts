/**
 * oEmbed (https://oembed.com) for entries: which URLs are ours, and the response in JSON or XML.
 */
import { escapeHTML } from '@portabletext/to-html'
import type { Entry } from '../content/models'
import { isValidSlug } from '../content/api'
import type { SectionKey } from '../domain/sections'
import { langParam, sectionsParam } from '../api/params'
import type { Lang } from '../i18n/languages'
import { SITE_NAME, absoluteUrl, pathsIn, slugPageOf } from '../site'

export const DEFAULT_WIDTH = 720
export const DEFAULT_HEIGHT = 600
export const OEMBED_CACHE_AGE = 3600

/**
 * An entry URL of this site: an entry page in any language (with its language prefix), or its embed (with `?lang=`),
 * with optional `?sections=`.
 */
export function parseEntryUrl(
  url: string,
  origins: string[],
): { slug: string; lang: Lang; sections: SectionKey[] } | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!origins.includes(parsed.origin)) return null
  const page = slugPageOf(parsed.pathname)
  if (!page || page.kind === 'category' || !isValidSlug(page.rawSlug)) return null
  const slug = page.rawSlug
  let { lang } = page
  if (page.kind === 'embed') {
    const asked = langParam.safeParse(parsed.searchParams.get('lang') ?? undefined)
    if (!asked.success) return null
    lang = asked.data
  }
  const sections = parsed.searchParams.get('sections')
  if (!sections) return { slug, lang, sections: [] }
  const result = sectionsParam.safeParse(sections)
  return result.success ? { slug, lang, sections: result.data } : null
}

export interface OEmbedResponse {
  version: '1.0'
  type: 'rich'
  title: string
  provider_name: string
  provider_url: string
  html: string
  width: number
  height: number
  cache_age: number
}

export function oembedFor(
  entry: Entry,
  sections: SectionKey[],
  origin: string,
  max: { width?: number; height?: number },
): OEmbedResponse {
  const width = Math.min(DEFAULT_WIDTH, max.width ?? DEFAULT_WIDTH)
  const height = Math.min(DEFAULT_HEIGHT, max.height ?? DEFAULT_HEIGHT)
  const src = absoluteUrl(origin, pathsIn(entry.lang).embed(entry.slug, sections))
  const title = `${entry.title} (${SITE_NAME})`
  return {
    version: '1.0',
    type: 'rich',
    title: entry.title,
    provider_name: SITE_NAME,
    provider_url: `${origin}/`,
    html: `<iframe src="${escapeHTML(src)}" width="${width}" height="${height}" title="${escapeHTML(title)}" loading="lazy" style="border:1px solid #d5dbe1;border-radius:6px;max-width:100%"></iframe>`,
    width,
    height,
    cache_age: OEMBED_CACHE_AGE,
  }
}

export function oembedXml(response: OEmbedResponse): string {
  const fields = Object.entries(response)
    .map(([key, value]) => `<${key}>${escapeHTML(String(value))}</${key}>`)
    .join('')
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?><oembed>${fields}</oembed>`
}
