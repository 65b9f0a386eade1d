/**
 * A page's versions in every language: the language switcher, the `hreflang` links and the sitemap's
 * alternates all come from here, so they always agree. A version that does not exist has no address.
 */
import { LANGUAGE_IDS, SOURCE_LANGUAGE, type Lang } from './languages'
import { pathsIn, type Paths } from '../site'

export interface Alternate {
  lang: Lang
  /** The page's path in that language, or null: not translated yet. */
  path: string | null
}

interface Translated {
  lang: Lang
  slug: string
  /** The document's versions in other languages (the content layer lists one per language). */
  translations: { lang: Lang; slug: string }[]
}

/** The versions of an entry or category page, in the order of LANGUAGES (every language listed). */
export function documentAlternates(doc: Translated, kind: 'entry' | 'category'): Alternate[] {
  const slugs = new Map<Lang, string>([...doc.translations.map((t) => [t.lang, t.slug] as const), [doc.lang, doc.slug]])
  return LANGUAGE_IDS.map((lang) => {
    const slug = slugs.get(lang)
    const paths = pathsIn(lang)
    return { lang, path: slug === undefined ? null : kind === 'entry' ? paths.entry(slug) : paths.category(slug) }
  })
}

/** A page every language has (home, A–Z, categories, search, explore). */
export function listAlternates(page: (paths: Paths) => string): Alternate[] {
  return LANGUAGE_IDS.map((lang) => ({ lang, path: page(pathsIn(lang)) }))
}

/**
 * hreflang pairs as Next.js metadata writes them (`alternates.languages`), with `x-default` the source
 * language's version; none when the page exists in one language only.
 */
export function hreflang(alternates: Alternate[]): Record<string, string> | undefined {
  const existing = alternates.filter((a): a is { lang: Lang; path: string } => a.path !== null)
  if (existing.length < 2) return undefined
  const fallback = existing.find((a) => a.lang === SOURCE_LANGUAGE) ?? existing[0]
  return { ...Object.fromEntries(existing.map((a) => [a.lang, a.path])), 'x-default': fallback.path }
}
