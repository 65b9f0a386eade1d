/**
 * Cache tags: every read declares the tags of what it shows, and publishing a change revalidates exactly
 * the tags of the documents it can alter. The same tags label responses for shared caches (Surrogate-Key).
 */
import { paths } from '../site'

export const TAGS = {
  /** Every list of entries: A–Z, home, search, feeds, sitemap, the API list and the network picture. */
  entries: 'entries',
  /** The category tree and lists of categories. */
  categories: 'categories',
  /** One entry's page, embed and API record. */
  entry: (slug: string) => `entry:${slug}`,
  /** One category's page. */
  category: (slug: string) => `category:${slug}`,
} as const

export interface ChangedDocument {
  _type: string
  slug?: string | null
}

/** The tags showing a document of this type with this slug (its own page plus the lists it appears in). */
export function tagsForDocument(doc: ChangedDocument): string[] {
  switch (doc._type) {
    case 'disease':
      return [...(doc.slug ? [TAGS.entry(doc.slug)] : []), TAGS.entries]
    case 'category':
      return [...(doc.slug ? [TAGS.category(doc.slug)] : []), TAGS.categories]
    default:
      return []
  }
}

/** The pages that show a tag, to render them again right after a publish (so the next reader gets them fresh). */
export function pathsForTag(tag: string): string[] {
  if (tag === TAGS.entries) return [paths.home(), paths.entries()]
  if (tag === TAGS.categories) return [paths.categories()]
  if (tag.startsWith('entry:')) return [paths.entry(tag.slice('entry:'.length))]
  if (tag.startsWith('category:')) return [paths.category(tag.slice('category:'.length))]
  return []
}

/**
 * The content tags of each reader page, as next.config.ts `headers()` sources (`:slug` is filled in by Next.js),
 * so shared caches can purge pages by tag. They list what each page reads: an entry page reads its entry
 * and the index (links to entries that are not shown are dropped); a category page its category and the tree.
 */
export const PAGE_TAGS: { source: string; tags: string[] }[] = [
  { source: '/', tags: [TAGS.entries, TAGS.categories] },
  { source: paths.entries(), tags: [TAGS.entries] },
  { source: paths.entry(':slug'), tags: [TAGS.entry(':slug'), TAGS.entries] },
  { source: paths.categories(), tags: [TAGS.categories] },
  { source: paths.category(':slug'), tags: [TAGS.category(':slug'), TAGS.categories] },
  { source: '/explore', tags: [TAGS.entries] },
]
