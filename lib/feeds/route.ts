/** The answer of a language's feed address (/feed.xml, /<lang>/feed.xml). */
import { content } from '../content'
import { TAGS } from '../content/tags'
import { cachedBody } from '../api/respond'
import { atomFeed } from './atom'
import { siteUrl } from '../env'
import { errorLimited, errorMessage } from '../log'
import { NO_STORE } from '../http-cache'
import type { Lang } from '../i18n/languages'

/** Atom feed of recently updated or reviewed entries in one language. */
export async function feedResponse(request: Request, lang: Lang): Promise<Response> {
  try {
    return cachedBody(
      request,
      atomFeed(await content.getEntryIndex(lang), siteUrl(), lang),
      'application/atom+xml; charset=utf-8',
      [TAGS.entriesIn(lang)],
      600,
    )
  } catch (error) {
    errorLimited('feed:failed', 'feed', 'feed could not be built', { lang, reason: errorMessage(error) })
    return new Response('The feed is temporarily unavailable.', {
      status: 503,
      headers: { 'Retry-After': '60', ...NO_STORE },
    })
  }
}
