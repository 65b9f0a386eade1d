import { content } from '@/lib/content'
import { TAGS } from '@/lib/content/tags'
import { renderEmbed, renderEmbedMessage } from '@/lib/embed/render'
import { langParam, parseParams, sectionsParam } from '@/lib/api/params'
import { z } from 'zod'
import { NO_STORE, cacheHeaders } from '@/lib/http-cache'
import { siteUrl } from '@/lib/env'
import { errorLimited, errorMessage } from '@/lib/log'

const params = z.object({ sections: sectionsParam.optional(), lang: langParam })

// The Content-Security-Policy and the other security headers come from next.config.ts (lib/security-headers.ts).
function html(body: string, status: number, headers: Record<string, string>) {
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } })
}

/** An entry (or some of its sections) as a small page for an iframe on another site. */
export async function GET(request: Request, { params: route }: { params: Promise<{ slug: string }> }) {
  const { slug } = await route
  const origin = siteUrl()
  const query = parseParams(params, new URL(request.url).searchParams, ['sections', 'lang'])
  if (!query.ok)
    return html(
      renderEmbedMessage('Bad embed address', `The parameter "${query.parameter}" ${query.reason}.`, origin),
      400,
      NO_STORE,
    )
  const notFound = () =>
    html(renderEmbedMessage('Entry not found', 'There is no entry at this address.', origin), 404, NO_STORE)
  try {
    const { lang, sections } = query.value
    const entry = await content.getEntry(slug, lang)
    if (!entry) return notFound()
    return html(
      renderEmbed(entry, sections ?? [], origin),
      200,
      cacheHeaders({ tags: [TAGS.entry(slug, lang)], sMaxAge: 300 }),
    )
  } catch (error) {
    errorLimited('embed:failed', 'embed', 'embed could not be rendered', { slug, reason: errorMessage(error) })
    return html(
      renderEmbedMessage(
        'Temporarily unavailable',
        'This entry cannot be shown just now; please try again in a minute.',
        origin,
      ),
      503,
      {
        ...NO_STORE,
        'Retry-After': '30',
      },
    )
  }
}
