/**
 * Cache tags: every read declares the tags of what it shows, and publishing a change revalidates exactly
 * the tags of the documents it can alter. The same tags label responses for shared caches (Surrogate-Key).
 * The source language's tags have no prefix; another language's carry its id (`es:entry:calcifilaxis`), so a
 * translation's publish refreshes its own language's pages only.
 */
import { pathsIn } from '../site'
import { LANGUAGE_IDS, SOURCE_LANGUAGE, TRANSLATED_LANGUAGES, isLang, type Lang } from '../i18n/languages'

const inLang = (lang: Lang, tag: string) => (lang === SOURCE_LANGUAGE ? tag : `${lang}:${tag}`)

export const TAGS = {
  /** Every list of entries in the source language: A–Z, home, search, feeds, sitemap, the API list and the network picture. */
  entries: 'entries',
  /** The category tree and lists of categories (source language). */
  categories: 'categories',
  /** The lists of entries in a language. */
  entriesIn: (lang: Lang) => inLang(lang, 'entries'),
  /** The categories of a language. */
  categoriesIn: (lang: Lang) => inLang(lang, 'categories'),
  /** One entry's page, embed and API record. */
  entry: (slug: string, lang: Lang = SOURCE_LANGUAGE) => inLang(lang, `entry:${slug}`),
  /** One category's page. */
  category: (slug: string, lang: Lang = SOURCE_LANGUAGE) => inLang(lang, `category:${slug}`),
} as const

export interface ChangedDocument {
  _type: string
  slug?: string | null
  lang?: Lang
}

/** The tags showing a document of this type with this slug (its own page plus the lists it appears in). */
export function tagsForDocument(doc: ChangedDocument): string[] {
  const lang = doc.lang ?? SOURCE_LANGUAGE
  switch (doc._type) {
    case 'disease':
      return [...(doc.slug ? [TAGS.entry(doc.slug, lang)] : []), TAGS.entriesIn(lang)]
    case 'category':
      return [...(doc.slug ? [TAGS.category(doc.slug, lang)] : []), TAGS.categoriesIn(lang)]
    default:
      return []
  }
}

/** A tag's language and the tag without its language prefix. */
function splitTag(tag: string): { lang: Lang; rest: string } {
  const colon = tag.indexOf(':')
  const prefix = tag.slice(0, colon)
  if (colon > 0 && isLang(prefix) && TRANSLATED_LANGUAGES.includes(prefix))
    return { lang: prefix, rest: tag.slice(colon + 1) }
  return { lang: SOURCE_LANGUAGE, rest: tag }
}

/** The pages that show a tag, to render them again right after a publish (so the next reader gets them fresh). */
export function pathsForTag(tag: string): string[] {
  const { lang, rest } = splitTag(tag)
  const paths = pathsIn(lang)
  if (rest === 'entries') return [paths.home(), paths.entries()]
  if (rest === 'categories') return [paths.categories()]
  if (rest.startsWith('entry:')) return [paths.entry(rest.slice('entry:'.length))]
  if (rest.startsWith('category:')) return [paths.category(rest.slice('category:'.length))]
  return []
}

/**
 * The content tags of each reader page, as next.config.ts `headers()` sources (`:slug` is filled in by Next.js),
 * so shared caches can purge pages by tag. They list what each page reads: an entry page reads its entry
 * and the index (links to entries that are not shown are dropped); a category page its category and the tree.
 * A translated page may link to source-language pages (not translated yet), so it carries their lists' tags too.
 */
export const PAGE_TAGS: { source: string; tags: string[] }[] = LANGUAGE_IDS.flatMap((lang) => {
  const paths = pathsIn(lang)
  const sourceLists = lang === SOURCE_LANGUAGE ? [] : [TAGS.entries]
  return [
    { source: paths.home(), tags: [TAGS.entriesIn(lang), TAGS.categoriesIn(lang)] },
    { source: paths.entries(), tags: [TAGS.entriesIn(lang)] },
    { source: paths.entriesLetter(':path*'), tags: [TAGS.entriesIn(lang)] },
    { source: paths.entry(':slug'), tags: [TAGS.entry(':slug', lang), TAGS.entriesIn(lang), ...sourceLists] },
    { source: paths.categories(), tags: [TAGS.categoriesIn(lang)] },
    { source: paths.category(':slug'), tags: [TAGS.category(':slug', lang), TAGS.categoriesIn(lang)] },
    { source: `${paths.category(':slug')}/:page`, tags: [TAGS.category(':slug', lang), TAGS.categoriesIn(lang)] },
    { source: paths.explore(), tags: [TAGS.entriesIn(lang)] },
  ]
})
