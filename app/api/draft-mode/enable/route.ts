import { draftMode } from 'next/headers'
import { redirect, unstable_rethrow } from 'next/navigation'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { previewSecretMatches, safeRedirectPath } from '@/lib/draft-mode'
import { activeSource } from '@/lib/content/source'
import { jsonError } from '@/lib/http'
import { errorLimited, errorMessage, warnLimited } from '@/lib/log'
import { sanityReadToken } from '@/lib/env'

/** Where the Presentation tool asks to go after draft mode is on (@sanity/preview-url-secret's parameter). */
const PREVIEW_PATHNAME = 'sanity-preview-pathname'

export async function GET(request: Request) {
  const url = new URL(request.url)
  const { client } = activeSource()
  // The Studio's Presentation tool signs its preview URLs with a secret stored in the dataset.
  if (url.searchParams.has('sanity-preview-secret') && client) {
    const token = sanityReadToken()
    if (!token) {
      errorLimited('preview:no-token', 'preview', 'draft mode requested but SANITY_API_READ_TOKEN is not set')
      return jsonError(503, 'Draft preview is not configured on this site (SANITY_API_READ_TOKEN is not set).')
    }
    // next-sanity redirects to this parameter as the URL parser leaves it (/..//evil.example becomes
    // //evil.example): hand it only a path that stays on this site.
    if (url.searchParams.has(PREVIEW_PATHNAME))
      url.searchParams.set(PREVIEW_PATHNAME, safeRedirectPath(url.searchParams.get(PREVIEW_PATHNAME)))
    try {
      return await defineEnableDraftMode({ client: client.withConfig({ token }) }).GET(new Request(url, request))
    } catch (error) {
      unstable_rethrow(error) // its redirect
      errorLimited(
        'preview:check-failed',
        'preview',
        'the preview secret could not be checked; the Content Lake did not answer',
        { reason: errorMessage(error) },
      )
      return jsonError(503, 'The preview secret could not be checked just now; try again in a minute.', undefined, {
        'Retry-After': '30',
      })
    }
  }
  if (!previewSecretMatches(url.searchParams.get('secret'))) {
    warnLimited('preview:refused', 'preview', 'draft mode refused: missing or wrong secret')
    return jsonError(401, 'Draft preview needs a valid secret.')
  }
  ;(await draftMode()).enable()
  redirect(safeRedirectPath(url.searchParams.get('redirect')))
}
