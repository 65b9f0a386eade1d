/**
 * Cache headers for shared caches (CDNs, reverse proxies): how long a response may be served, how long it may
 * be served stale while it is fetched again or while the origin fails, and which content tags it was built
 * from, so a cache that supports tag purging can drop exactly what a publish changed.
 */
import { NO_STORE_VALUE } from './baseline-headers.mjs'

export interface CachePolicy {
  tags: string[]
  /** Seconds a shared cache may serve it without asking again. */
  sMaxAge?: number
  /** Seconds browsers may keep it. */
  maxAge?: number
}

export const STALE_WHILE_REVALIDATE = 86_400
export const STALE_IF_ERROR = 604_800

export function cacheHeaders({ tags, sMaxAge = 60, maxAge = 0 }: CachePolicy): Record<string, string> {
  const unique = [...new Set(tags)]
  return {
    'Cache-Control': `public, max-age=${maxAge}, s-maxage=${sMaxAge}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}, stale-if-error=${STALE_IF_ERROR}`,
    // Fastly and others read Surrogate-Key (space separated); Cloudflare reads Cache-Tag (comma separated).
    'Surrogate-Key': unique.join(' '),
    'Cache-Tag': unique.join(','),
  }
}

export const NO_STORE = { 'Cache-Control': NO_STORE_VALUE }
