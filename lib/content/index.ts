/**
 * The content layer as the site uses it: cached, tagged reads of the active source, and draft reads when
 * an editor is previewing. Pages import from here and nowhere else.
 */
import 'server-only'
import { draftMode } from 'next/headers'
import { cache } from 'react'
import { createContentApi, isValidSlug, type ContentApi } from './api'
import { addressExists } from '../proxy/known-slugs'
import { reader } from './read'
import { SOURCE_LANGUAGE, type Lang } from '../i18n/languages'

const publishedReads = createContentApi(reader({ cached: true }))
/**
 * Published reads of one entry or category answer an address that does not exist (addressExists: the
 * in-memory list, and in Sanity mode the source itself for what the list lacks) without a cached read, so
 * requests for made-up addresses (pages, embeds, the API, oEmbed) never add to the data cache; when neither
 * can tell (the source is down), the read decides.
 */
const published: ContentApi = {
  ...publishedReads,
  getEntry: async (slug, lang = SOURCE_LANGUAGE) =>
    !isValidSlug(slug) || (await addressExists('entry', slug, lang)) === false
      ? null
      : publishedReads.getEntry(slug, lang),
  getCategory: async (slug, lang = SOURCE_LANGUAGE) =>
    !isValidSlug(slug) || (await addressExists('category', slug, lang)) === false
      ? null
      : publishedReads.getCategory(slug, lang),
}
const drafts = createContentApi(reader({ perspective: 'drafts' }))

/** Published content, cached with tags: for build-time and static contexts (sitemaps, static params). */
export const content: ContentApi = published

/** The content a page should show: drafts while an editor previews, published content otherwise. */
export const getContent = cache(async (): Promise<ContentApi> => {
  try {
    return (await draftMode()).isEnabled ? drafts : published
  } catch {
    // Outside a request (build-time generation), there is no draft mode.
    return published
  }
})

export const getEntry = cache(async (slug: string, lang: Lang) => (await getContent()).getEntry(slug, lang))
export const getEntryIndex = cache(async (lang: Lang) => (await getContent()).getEntryIndex(lang))
export const getCategory = cache(async (slug: string, lang: Lang) => (await getContent()).getCategory(slug, lang))
export const getCategoryTree = cache(async (lang: Lang) => (await getContent()).getCategoryTree(lang))
export const getCategories = cache(async (lang: Lang) => (await getContent()).getCategories(lang))

export type { Entry, EntrySummary, Category, CategorySummary } from './models'
export type { CategoryNode } from './api'
