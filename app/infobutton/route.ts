import { TAGS } from '@/lib/content/tags'
import { siteUrl } from '@/lib/env'
import { NO_STORE, cacheHeaders } from '@/lib/http-cache'
import { renderInfobuttonBadRequest, renderInfobuttonPage, renderInfobuttonUnavailable } from '@/lib/infobutton/page'
import { parseInfobuttonRequest } from '@/lib/infobutton/request'
import { answerInfobutton } from '@/lib/infobutton/service'
import { errorLimited, errorMessage } from '@/lib/log'

// The Content-Security-Policy and the other security headers come from next.config.ts (lib/security-headers.ts).
function html(body: string, status: number, headers: Record<string, string>) {
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } })
}

/** The knowledge response as a reader page: the same parameters as /api/infobutton (knowledgeResponseType aside). */
export async function GET(request: Request) {
  const origin = siteUrl()
  const parsed = parseInfobuttonRequest(new URL(request.url).searchParams, { readResponseType: false })
  if (!parsed.ok) return html(renderInfobuttonBadRequest(parsed.parameter, parsed.reason, origin), 400, NO_STORE)
  try {
    const { matches } = await answerInfobutton(parsed.value)
    return html(
      renderInfobuttonPage(parsed.value, matches, origin),
      200,
      cacheHeaders({ tags: [TAGS.entries], sMaxAge: 300 }),
    )
  } catch (error) {
    // No request data in the line: the criteria describe a patient's problem.
    errorLimited('infobutton:page-failed', 'infobutton', 'page could not be rendered', { reason: errorMessage(error) })
    return html(renderInfobuttonUnavailable(origin), 503, { ...NO_STORE, 'Retry-After': '30' })
  }
}
