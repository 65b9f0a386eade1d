import { content } from '@/lib/content'
import { isValidSlug } from '@/lib/content/api'
import { SECTION_KEYS } from '@/lib/domain/sections'
import { TAGS } from '@/lib/content/tags'
import { handleApi } from '@/lib/api/handler'
import { entryParams, parseParams } from '@/lib/api/params'
import { apiError, apiJson, badParameter, preflight } from '@/lib/api/respond'
import { apiEntry } from '@/lib/api/shapes'
import { siteUrl } from '@/lib/env'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const OPTIONS = preflight

/** GET /api/v1/entries/{slug}?sections= (all sections when not given) */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const query = parseParams(entryParams, new URL(request.url).searchParams, ['lang', 'sections'])
  if (!query.ok) return badParameter(query.parameter, query.reason)
  if (!isValidSlug(slug)) return badParameter('slug', 'must be lower-case letters, digits and single hyphens')
  return handleApi('entry', async () => {
    const { lang, sections } = query.value
    const entry = await content.getEntry(slug, lang)
    if (!entry)
      return apiError(404, `There is no entry "${slug}"${lang === SOURCE_LANGUAGE ? '' : ` in "${lang}"`}.`, {
        parameter: 'slug',
      })
    return apiJson(request, { data: apiEntry(entry, siteUrl(), sections ?? [...SECTION_KEYS]) }, [
      TAGS.entry(slug, lang),
    ])
  })
}
