import { content } from '@/lib/content'
import { TAGS } from '@/lib/content/tags'
import { handleApi } from '@/lib/api/handler'
import { entriesListParams, parseParams } from '@/lib/api/params'
import { apiJson, badParameter, preflight } from '@/lib/api/respond'
import { apiEntrySummary } from '@/lib/api/shapes'
import { siteUrl } from '@/lib/env'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'
import { absoluteUrl, paths } from '@/lib/site'

export const OPTIONS = preflight

/** GET /api/v1/entries?page=&pageSize=&updatedSince= */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const query = parseParams(entriesListParams, url.searchParams, ['lang', 'page', 'pageSize', 'updatedSince'])
  if (!query.ok) return badParameter(query.parameter, query.reason)
  return handleApi('entries', async () => {
    const { lang, page, pageSize, updatedSince } = query.value
    const since = updatedSince ? Date.parse(updatedSince) : undefined
    const all = (await content.getEntryIndex(lang)).filter(
      (e) => since === undefined || (e._updatedAt !== undefined && Date.parse(e._updatedAt) >= since),
    )
    const origin = siteUrl()
    const pages = Math.max(1, Math.ceil(all.length / pageSize))
    const at = (p: number) => {
      const next = new URLSearchParams({
        ...(lang === SOURCE_LANGUAGE ? {} : { lang }),
        page: String(p),
        pageSize: String(pageSize),
        ...(updatedSince ? { updatedSince } : {}),
      })
      return absoluteUrl(origin, paths.apiEntries(String(next)))
    }
    return apiJson(
      request,
      {
        data: all.slice((page - 1) * pageSize, page * pageSize).map((e) => apiEntrySummary(e, origin)),
        lang,
        page,
        pageSize,
        total: all.length,
        pages,
        links: { self: at(page), next: page < pages ? at(page + 1) : null, prev: page > 1 ? at(page - 1) : null },
      },
      [TAGS.entriesIn(lang)],
    )
  })
}
