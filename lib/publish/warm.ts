/**
 * Render pages again right after a publish, so the next reader (or CDN) gets the new version. Each page is
 * first answered from its old copy while Next.js renders it in the background (stale-while-revalidate);
 * `untilFresh` asks again until the new copy is served, then calls `onFresh` (to refresh an edge), for
 * callers that update caches in front afterwards.
 */
import { log } from '../log'

const PAGE_TIMEOUT_MS = 15_000
/** How long to wait for a page's new copy before giving up (and purging anyway). */
const FRESH_WITHIN_MS = 10_000
const POLL_MS = 150

async function fetchPage(url: string): Promise<string | null> {
  const res = await fetch(url, { signal: AbortSignal.timeout(PAGE_TIMEOUT_MS) })
  await res.arrayBuffer()
  return res.headers.get('x-nextjs-cache')
}

export interface WarmOptions {
  untilFresh?: boolean
  onFresh?: (path: string) => Promise<void>
}

async function warmOne(origin: string, path: string, { untilFresh = false, onFresh }: WarmOptions) {
  const deadline = Date.now() + FRESH_WITHIN_MS
  try {
    let cache = await fetchPage(`${origin}${path}`)
    while (untilFresh && cache === 'STALE' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, POLL_MS))
      cache = await fetchPage(`${origin}${path}`)
    }
  } catch (error) {
    log.warn('publish', 'warming a page failed', { path, reason: String(error) })
  }
  await onFresh?.(path)
}

/** Two at a time, in the given order (the changed entry's own page first), so readers are not crowded out. */
export async function warmPages(origin: string, paths: string[], options: WarmOptions = {}) {
  const queue = [...paths]
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) await warmOne(origin, path, options)
  }
  await Promise.all([worker(), worker()])
}
