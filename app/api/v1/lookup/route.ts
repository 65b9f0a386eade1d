import { content } from '@/lib/content'
import { codeSystem } from '@/lib/domain/codes'
import { TAGS } from '@/lib/content/tags'
import { handleApi } from '@/lib/api/handler'
import { lookupParams, parseParams } from '@/lib/api/params'
import { apiJson, badParameter, preflight } from '@/lib/api/respond'
import { apiCode, apiEntrySummary, lookupByCode } from '@/lib/api/shapes'
import { siteUrl } from '@/lib/env'

export const OPTIONS = preflight

/** GET /api/v1/lookup?system=icd10cm&code=E83.5: entries with that code (for ICD-10-CM, or beneath it). */
export async function GET(request: Request) {
  const query = parseParams(lookupParams, new URL(request.url).searchParams, ['lang', 'system', 'code'])
  if (!query.ok) return badParameter(query.parameter, query.reason)
  return handleApi('lookup', async () => {
    const { lang, system, code } = query.value
    const origin = siteUrl()
    const found = lookupByCode(await content.getEntryIndex(lang), system, code)
    return apiJson(
      request,
      {
        query: { system, systemName: codeSystem(system).name, code, lang },
        data: found.map((m) => ({ ...apiEntrySummary(m.entry, origin), matchedCodes: m.matched.map(apiCode) })),
      },
      [TAGS.entriesIn(lang)],
    )
  })
}
