import { z } from 'zod'
import { TAGS } from '@/lib/content/tags'
import { handleApi } from '@/lib/api/handler'
import { langParam, parseParams, wholeNumber } from '@/lib/api/params'
import { apiJson, badParameter, preflight } from '@/lib/api/respond'
import { MAX_QUERY_LENGTH } from '@/lib/search/index'
import { getSearchIndex } from '@/lib/search/service'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, pathsIn } from '@/lib/site'

export const OPTIONS = preflight

const params = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).default(''),
  limit: wholeNumber({ min: 1, max: 50, example: 8 }).default(8),
  lang: langParam,
})

/** Suggestions for the search box (and a small search API): GET /api/search?q=calci&limit=8&lang=es */
export async function GET(request: Request) {
  const query = parseParams(params, new URL(request.url).searchParams, ['q', 'limit', 'lang'])
  if (!query.ok) return badParameter(query.parameter, query.reason)
  return handleApi('search', async () => {
    const origin = siteUrl()
    const { lang } = query.value
    const hits = (await getSearchIndex(lang)).search(query.value.q, query.value.limit)
    return apiJson(
      request,
      {
        query: query.value.q,
        results: hits.map((h) => ({
          slug: h.slug,
          title: h.title,
          url: absoluteUrl(origin, pathsIn(lang).entry(h.slug)),
          matchedName: h.matchedName ?? null,
        })),
      },
      [TAGS.entriesIn(lang)],
      60,
    )
  })
}
