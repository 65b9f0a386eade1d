import { content } from '@/lib/content'
import { isValidSlug } from '@/lib/content/api'
import { SECTION_KEYS } from '@/lib/domain/sections'
import { TAGS } from '@/lib/content/tags'
import { handleApi } from '@/lib/api/handler'
import { entryParams, parseParams } from '@/lib/api/params'
import { apiError, apiJson, badParameter, preflight } from '@/lib/api/respond'
import { apiEntry } from '@/lib/api/shapes'
import { siteUrl } from '@/lib/env'

export const OPTIONS = preflight

/** GET /api/v1/entries/{slug}?sections= (all sections when not given) */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const query = parseParams(entryParams, new URL(request.url).searchParams, ['sections'])
  if (!query.ok) return badParameter(query.parameter, query.reason)
  if (!isValidSlug(slug)) return badParameter('slug', 'must be lower-case letters, digits and single hyphens')
  return handleApi('entry', async () => {
    const entry = await content.getEntry(slug)
    if (!entry) return apiError(404, `There is no entry "${slug}".`, { parameter: 'slug' })
    return apiJson(request, { data: apiEntry(entry, siteUrl(), query.value.sections ?? [...SECTION_KEYS]) }, [
      TAGS.entry(slug),
    ])
  })
}
