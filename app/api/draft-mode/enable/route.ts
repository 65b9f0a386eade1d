import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { previewSecretMatches, safeRedirectPath } from '@/lib/content/draft-mode'
import { activeSource, isSanitySource } from '@/lib/content/source'
import { jsonError } from '@/lib/http'
import { log, warnLimited } from '@/lib/log'

export async function GET(request: Request) {
  const url = new URL(request.url)
  const source = activeSource()
  // The Studio's Presentation tool signs its preview URLs with a secret stored in the dataset.
  if (url.searchParams.has('sanity-preview-secret') && isSanitySource(source)) {
    const token = process.env.SANITY_API_READ_TOKEN
    if (!token) {
      log.error('preview', 'draft mode requested but SANITY_API_READ_TOKEN is not set')
      return jsonError(503, 'Draft preview is not configured on this site (SANITY_API_READ_TOKEN is not set).')
    }
    return defineEnableDraftMode({ client: source.client.withConfig({ token }) }).GET(request)
  }
  if (!previewSecretMatches(url.searchParams.get('secret'))) {
    warnLimited('preview:refused', 'preview', 'draft mode refused: missing or wrong secret')
    return jsonError(401, 'Draft preview needs a valid secret.')
  }
  ;(await draftMode()).enable()
  redirect(safeRedirectPath(url.searchParams.get('redirect')))
}
