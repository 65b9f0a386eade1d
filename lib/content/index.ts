/**
 * The content layer as the site uses it: cached, tagged reads of the active source, and draft reads when
 * an editor is previewing. Pages import from here and nowhere else.
 */
import 'server-only'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { cache } from 'react'
import { createContentApi, isValidSlug, type ContentApi, type QueryRunner } from './api'
import { addressExists } from '../proxy/known-slugs'
import { activeSource } from './source'
import { withTimeout } from './timeout'
import { contentTimeoutMs } from '../env'
import { markSourceFailure, markSourceSuccess } from '../proxy/health'

/** How long a cached read is trusted without a publish event; publishing revalidates at once. */
export const REVALIDATE_SECONDS = 3600
/** While the source is failing, pages built from the last good data are retried this often. */
const DEGRADED_REVALIDATE_SECONDS = 5

/**
 * A cached, tagged read. When the source fails while the cached value is stale, Next.js hands back the
 * stale value (the page keeps its last good content); we then add a short-lived read so the page is
 * retried soon instead of keeping the old content for an hour. With no cached value at all, the error
 * propagates and the page cannot render.
 */
const publishedRunner: QueryRunner = async (query, params, tags) => {
  const key = ['content', query, JSON.stringify(params)]
  let failed = false
  const read = unstable_cache(
    async () => {
      const source = activeSource()
      try {
        const result = await withTimeout(source.query(query, params), contentTimeoutMs(), source.description)
        markSourceSuccess(source.description)
        return result
      } catch (error) {
        failed = true
        markSourceFailure(error, source.description)
        throw error
      }
    },
    key,
    { tags, revalidate: REVALIDATE_SECONDS },
  )
  const result = await read()
  if (failed)
    await unstable_cache(async () => true, ['content-degraded', ...key], {
      tags,
      revalidate: DEGRADED_REVALIDATE_SECONDS,
    })()
  return result
}

const draftRunner: QueryRunner = (query, params) =>
  withTimeout(
    activeSource().query(query, params, { perspective: 'drafts' }),
    contentTimeoutMs(),
    activeSource().description,
  )

const publishedReads = createContentApi(publishedRunner)
/**
 * Published reads of one entry or category answer an address that does not exist (addressExists: the
 * in-memory list, and in Sanity mode the source itself for what the list lacks) without a cached read, so
 * requests for made-up addresses (pages, embeds, the API, oEmbed) never add to the data cache; when neither
 * can tell (the source is down), the read decides.
 */
const published: ContentApi = {
  ...publishedReads,
  getEntry: async (slug) =>
    !isValidSlug(slug) || (await addressExists('entry', slug)) === false ? null : publishedReads.getEntry(slug),
  getCategory: async (slug) =>
    !isValidSlug(slug) || (await addressExists('category', slug)) === false ? null : publishedReads.getCategory(slug),
}
const drafts = createContentApi(draftRunner)

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

export const getEntry = cache(async (slug: string) => (await getContent()).getEntry(slug))
export const getEntryIndex = cache(async () => (await getContent()).getEntryIndex())
export const getCategory = cache(async (slug: string) => (await getContent()).getCategory(slug))
export const getCategoryTree = cache(async () => (await getContent()).getCategoryTree())
export const getCategories = cache(async () => (await getContent()).getCategories())

export type { Entry, EntrySummary, Category, CategorySummary } from './models'
export type { CategoryNode } from './api'
