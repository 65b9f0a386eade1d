import { content } from '@/lib/content'
import { TAGS } from '@/lib/content/tags'
import { handleApi } from '@/lib/api/handler'
import { langParam, parseParams } from '@/lib/api/params'
import { apiJson, badParameter, preflight } from '@/lib/api/respond'
import { apiCategoryTree } from '@/lib/api/shapes'
import { siteUrl } from '@/lib/env'
import { z } from 'zod'

export const OPTIONS = preflight

/** GET /api/v1/categories: the category tree with entry counts. */
export async function GET(request: Request) {
  const query = parseParams(z.object({ lang: langParam }), new URL(request.url).searchParams, ['lang'])
  if (!query.ok) return badParameter(query.parameter, query.reason)
  const { lang } = query.value
  return handleApi('categories', async () =>
    apiJson(request, { data: apiCategoryTree(await content.getCategoryTree(lang), siteUrl(), lang) }, [
      TAGS.categoriesIn(lang),
    ]),
  )
}
