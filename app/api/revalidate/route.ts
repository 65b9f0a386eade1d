import { revalidateTag } from 'next/cache'
import { after, type NextRequest } from 'next/server'
import { handlePublish } from '@/lib/content/publish-route'
import { pathsForTag } from '@/lib/content/tags'
import { purgeEdges, purgersFromEnv } from '@/lib/edge/purge'
import { edgeRefreshFromEnv, refreshAtEdges } from '@/lib/edge/refresh'
import { warmPages } from '@/lib/edge/warm'
import { log } from '@/lib/log'

/** Target of Sanity's GROQ-powered webhook (and of `npm run content:publish` in local mode). */
export async function POST(request: NextRequest) {
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
  const port = process.env.PORT
  return port ? `http://localhost:${port}` : new URL(request.url).origin
}
