import { TAGS } from '@/lib/content/tags'
import { handleApi } from '@/lib/api/handler'
import { apiJson, badParameter, cachedBody, preflight } from '@/lib/api/respond'
import { siteUrl } from '@/lib/env'
import { ATOM_CONTENT_TYPE, atomXml, buildFeed, feedJson } from '@/lib/infobutton/feed'
import { parseInfobuttonRequest } from '@/lib/infobutton/request'
import { answerInfobutton } from '@/lib/infobutton/service'

export const OPTIONS = preflight

/**
 * HL7 Infobutton knowledge service, as MedlinePlus Connect answers it (docs/infobutton.md):
 * GET /api/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=E83.59
 */
export async function GET(request: Request) {
  const parsed = parseInfobuttonRequest(new URL(request.url).searchParams)
  if (!parsed.ok) return badParameter(parsed.parameter, parsed.reason)
  return handleApi('infobutton', async () => {
    const origin = siteUrl()
    const { matches, knowledgeUpdated } = await answerInfobutton(parsed.value)
    const feed = buildFeed(parsed.value, matches, origin, knowledgeUpdated)
    return parsed.value.responseType === 'application/json'
      ? apiJson(request, feedJson(feed), [TAGS.entries])
      : cachedBody(request, atomXml(feed), ATOM_CONTENT_TYPE, [TAGS.entries])
  })
}
