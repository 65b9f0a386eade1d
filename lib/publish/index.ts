/**
 * The publish path, end to end: check and read the webhook (webhook.ts), revalidate the changed document's
 * tags, then, after answering, render the affected pages again (warm.ts), refresh them at the nginx edges
 * (refresh.ts) and purge the CDNs (purge.ts). `app/api/revalidate/route.ts` only calls `publish`.
 */
import { revalidateTag } from 'next/cache'
import { after, type NextRequest } from 'next/server'
import { serverPort } from '../env'
import { pathsForTag } from '../content/tags'
import { log } from '../log'
import { purgeEdges, purgersFromEnv } from './purge'
import { edgeRefreshFromEnv, refreshAtEdges } from './refresh'
import { warmPages } from './warm'
import { handlePublish } from './webhook'

export async function publish(request: NextRequest): Promise<Response> {
  const tags: string[] = []
  const response = await handlePublish(request, (tag) => {
    // 'max': the next request gets the old page while it is rendered again, and if the content source
    // fails meanwhile, readers keep the old page instead of an error.
    revalidateTag(tag, 'max')
    tags.push(tag)
  })
  if (!tags.length) return response
  const { purgers, problems } = purgersFromEnv()
  const { refresh, problems: refreshProblems } = edgeRefreshFromEnv()
  for (const problem of [...problems, ...refreshProblems]) log.error('edge', problem)
  // After answering: render the affected pages again, so the next reader already gets the new version;
  // once each is fresh here, refresh it at the nginx edges; then tell the CDNs to drop their copies
  // (earlier, an edge or a CDN could fetch and keep the old page again).
  after(async () => {
    await warmPages(selfOrigin(request), warmOrder(tags), {
      untilFresh: purgers.length > 0 || refresh !== undefined,
      onFresh: refresh ? (path) => refreshAtEdges(path, refresh) : undefined,
    })
    await purgeEdges(tags, purgers)
  })
  return response
}

/** The changed document's own pages first (its tags come first from the publish handler), then lists. */
function warmOrder(tags: string[]): string[] {
  return [...new Set(tags.flatMap(pathsForTag))]
}

/**
 * This instance, not the public address: behind a CDN or load balancer the request's host is the edge, whose
 * cached copy would answer instead (and another instance might render the page).
 */
function selfOrigin(request: NextRequest): string {
  const port = serverPort()
  return port ? `http://localhost:${port}` : new URL(request.url).origin
}
