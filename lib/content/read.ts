/**
 * The one read policy: every read of the content source, from a page, the proxy, the publish webhook or
 * search, goes through `reader`, which gives it
 * - a deadline (CONTENT_TIMEOUT_MS): a hanging source must not hang the caller;
 * - health tracking (lib/proxy/health.ts) for published reads: a failure is logged once and the proxy
 *   knows the source is down; draft reads do not count (a preview's problem, such as a missing read token,
 *   must not turn readers away);
 * - for `cached` reads, Next.js's data cache under the read's tags (revalidated on publish), with the last
 *   good answer kept while the source fails.
 */
import { unstable_cache } from 'next/cache'
import type { QueryRunner } from './api'
import { activeSource } from './source'
import type { Perspective } from './sources/dataset'
import { ContentUnavailableError } from './sources/types'
import { contentTimeoutMs } from '../env'
import { markSourceFailure, markSourceSuccess } from '../proxy/health'

/** How long a cached read is trusted without a publish event; publishing revalidates at once. */
export const REVALIDATE_SECONDS = 3600
/** While the source is failing, pages built from the last good data are retried this often. */
const DEGRADED_REVALIDATE_SECONDS = 5

export type ReadPolicy =
  /** Published content from the data cache, tagged; the source is asked when the tags are revalidated. */
  | { cached: true }
  /** Straight from the source, every time. */
  | { cached?: false; perspective?: Perspective }

export function reader(policy: ReadPolicy = {}): QueryRunner {
  if (policy.cached) return cachedRead
  const perspective = policy.perspective ?? 'published'
  return (query, params) => guardedRead(query, params, perspective)
}

async function guardedRead(query: string, params: Parameters<QueryRunner>[1], perspective: Perspective) {
  const source = activeSource()
  const tracked = perspective === 'published'
  try {
    const result = await withTimeout(
      source.query(query, params, { perspective }),
      contentTimeoutMs(),
      source.description,
    )
    if (tracked) markSourceSuccess(source.description)
    return result
  } catch (error) {
    if (tracked) markSourceFailure(error, source.description)
    throw error
  }
}

/**
 * A cached, tagged read. When the source fails while the cached value is stale, Next.js hands back the
 * stale value (the page keeps its last good content); we then add a short-lived read so the page is
 * retried soon instead of keeping the old content for an hour. With no cached value at all, the error
 * propagates and the page cannot render.
 */
const cachedRead: QueryRunner = async (query, params, tags) => {
  const key = ['content', query, JSON.stringify(params)]
  let failed = false
  const read = unstable_cache(
    async () => {
      try {
        return await guardedRead(query, params, 'published')
      } catch (error) {
        failed = true
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

/** Every content read has a deadline: a hanging source must not hang the page. */
function withTimeout<T>(promise: Promise<T>, ms: number, source: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ContentUnavailableError(source, `no answer within ${ms} ms`)), ms)
    timer.unref?.()
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}
