import { content } from '@/lib/content'
import { TAGS } from '@/lib/content/tags'
import { oembedFor, oembedXml, parseEntryUrl } from '@/lib/embed/oembed'
import { oembedParams, parseParams } from '@/lib/api/params'
import { apiError, badParameter, cachedBody, apiJson, preflight } from '@/lib/api/respond'
import { siteUrl } from '@/lib/env'
import { errorLimited, errorMessage } from '@/lib/log'

export const OPTIONS = preflight

/** oEmbed provider for entry URLs: https://oembed.com (type rich). */
export async function GET(request: Request) {
  const query = parseParams(oembedParams, new URL(request.url).searchParams, ['url', 'maxwidth', 'maxheight', 'format'])
  if (!query.ok) return badParameter(query.parameter, query.reason)
  const { url, maxwidth, maxheight, format } = query.value
  if (format !== 'json' && format !== 'xml')
    return apiError(501, `Format "${format.slice(0, 10)}" is not supported; use json or xml.`, { parameter: 'format' })
  const origin = siteUrl()
  const target = parseEntryUrl(url, [origin, new URL(request.url).origin])
  if (!target) return apiError(404, 'That URL is not an entry of this site.', { parameter: 'url' })
  try {
    const entry = await content.getEntry(target.slug, target.lang)
    if (!entry) return apiError(404, 'There is no entry at that URL.', { parameter: 'url' })
    const response = oembedFor(entry, target.sections, origin, { width: maxwidth, height: maxheight })
    const tags = [TAGS.entry(entry.slug, entry.lang)]
    return format === 'xml'
      ? cachedBody(request, oembedXml(response), 'text/xml; charset=utf-8', tags)
      : apiJson(request, response, tags)
  } catch (error) {
    errorLimited('api:oembed-failed', 'api', 'oEmbed failed', { url: url.slice(0, 200), reason: errorMessage(error) })
    return apiError(503, 'The content source is unavailable; try again shortly.')
  }
}
