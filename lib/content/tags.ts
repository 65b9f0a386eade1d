/**
 * Cache tags: every read declares the tags of what it shows, and publishing a change revalidates exactly
 * the tags of the documents it can alter. The same tags label responses for shared caches (Surrogate-Key).
 */
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
      return [TAGS.entries, ...(doc.slug ? [TAGS.entry(doc.slug)] : [])]
    case 'category':
      return [TAGS.categories, ...(doc.slug ? [TAGS.category(doc.slug)] : [])]
    default:
      return []
  }
}
