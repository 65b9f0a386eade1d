/**
 * Refresh on publish for the nginx recipe (deploy/nginx/): open-source nginx cannot purge, so once a changed
 * page is fresh here, this instance asks each nginx edge for it again with EDGE_REFRESH_TOKEN, which makes
 * nginx skip its copy and store the new one. Both cached copies are refreshed: gzip and uncompressed. A
 * failed refresh is logged; the micro-cache still replaces the copy within 2 s.
 */
import { errorMessage, log } from '../log'
import { environment } from '../env'

type Env = Record<string, string | undefined>

export interface EdgeRefresh {
  /** Base URLs of the nginx edges as this instance reaches them, e.g. http://10.0.0.5. */
  edges: string[]
  token: string
}

/** EDGE_REFRESH_URLS (comma separated) and EDGE_REFRESH_TOKEN; a half-set pair is reported, not guessed. */
export function edgeRefreshFromEnv(env: Env = environment()): { refresh?: EdgeRefresh; problems: string[] } {
  const edges = (env.EDGE_REFRESH_URLS ?? '')
    .split(',')
    .map((u) => u.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  const token = env.EDGE_REFRESH_TOKEN ?? ''
  if (edges.length && token) return { refresh: { edges, token }, problems: [] }
  if (edges.length || token)
    return { problems: ['nginx edge refresh is off: set both EDGE_REFRESH_URLS and EDGE_REFRESH_TOKEN'] }
  return { problems: [] }
}

const ENCODINGS = ['gzip', 'identity']

/** Ask every edge for the page again, past its cache; resolves when all have answered or failed. */
export async function refreshAtEdges(path: string, refresh: EdgeRefresh): Promise<void> {
  await Promise.all(
    refresh.edges.flatMap((edge) =>
      ENCODINGS.map(async (encoding) => {
        try {
          const res = await fetch(`${edge}${path}`, {
            headers: { 'x-edge-refresh': refresh.token, 'accept-encoding': encoding },
            signal: AbortSignal.timeout(10_000),
          })
          await res.arrayBuffer()
          // BYPASS: nginx skipped its copy and stored this answer. Anything else: the token did not match.
          if (res.headers.get('x-cache-status') !== 'BYPASS')
            throw new Error(`HTTP ${res.status}, X-Cache-Status ${res.headers.get('x-cache-status') ?? 'none'}`)
        } catch (error) {
          log.warn('edge', 'refreshing a page at the edge failed; it is replaced within 2 s anyway', {
            edge,
            path,
            encoding,
            reason: errorMessage(error),
          })
        }
      }),
    ),
  )
}
