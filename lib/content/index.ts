/**
 * The content layer as the site uses it: cached, tagged reads of the active source, and draft reads when
 * an editor is previewing. Pages import from here and nowhere else.
 */
import 'server-only'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { cache } from 'react'
import { createContentApi, type ContentApi, type QueryRunner } from './api'
import { activeSource } from './source'
import { withTimeout } from './timeout'
import { contentTimeoutMs } from '../env'

/** How long a cached read is trusted without a publish event; publishing revalidates at once. */
export const REVALIDATE_SECONDS = 3600

const publishedRunner: QueryRunner = (query, params, tags) =>
  unstable_cache(
    () => withTimeout(activeSource().query(query, params), contentTimeoutMs(), activeSource().description),
    ['content', query, JSON.stringify(params)],
    { tags, revalidate: REVALIDATE_SECONDS },
  )()

const draftRunner: QueryRunner = (query, params) =>
  withTimeout(activeSource().query(query, params, { perspective: 'drafts' }), contentTimeoutMs(), activeSource().description)

const published = createContentApi(publishedRunner)
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
