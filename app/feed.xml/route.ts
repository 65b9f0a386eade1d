import { content } from '@/lib/content'
import { TAGS } from '@/lib/content/tags'
import { cachedBody } from '@/lib/api/respond'
import { atomFeed } from '@/lib/feeds/atom'
import { siteUrl } from '@/lib/env'
import { errorLimited, errorMessage } from '@/lib/log'
import { NO_STORE } from '@/lib/http-cache'

/** Atom feed of recently updated or reviewed entries. */
export async function GET(request: Request) {
  try {
    return cachedBody(
      request,
      atomFeed(await content.getEntryIndex(), siteUrl()),
      'application/atom+xml; charset=utf-8',
      [TAGS.entries],
      600,
    )
  } catch (error) {
    errorLimited('feed:failed', 'feed', 'feed could not be built', { reason: errorMessage(error) })
    return new Response('The feed is temporarily unavailable.', {
      status: 503,
      headers: { 'Retry-After': '60', ...NO_STORE },
    })
  }
}
