import { revalidateTag } from 'next/cache'
import { after, type NextRequest } from 'next/server'
import { handlePublish } from '@/lib/content/publish-route'
import { pathsForTag } from '@/lib/content/tags'
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
  // Render the affected pages again now, so the next reader already gets the new version.
  if (tags.length) after(() => warm(new URL(request.url).origin, warmOrder(tags)))
  return response
}

/**
 * Each request is answered from the old copy and starts a background render of the page. The changed
 * entry's own page goes first; the rest follow a few at a time so they do not crowd out readers.
 */
/** The changed document's own pages first (its tags come first from the publish handler), then lists. */
function warmOrder(tags: string[]): string[] {
  return [...new Set(tags.flatMap(pathsForTag))]
}

async function warm(origin: string, paths: string[]) {
  const queue = [...paths]
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift())
      await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(15_000) })
        .then((res) => res.arrayBuffer())
        .catch((error: unknown) => log.warn('publish', 'warming a page failed', { path, reason: String(error) }))
  }
  await Promise.all([worker(), worker()])
}
