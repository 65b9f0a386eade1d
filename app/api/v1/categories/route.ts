import { content } from '@/lib/content'
import { TAGS } from '@/lib/content/tags'
import { handleApi } from '@/lib/api/handler'
import { parseParams } from '@/lib/api/params'
import { apiJson, badParameter, preflight } from '@/lib/api/respond'
import { apiCategoryTree } from '@/lib/api/shapes'
import { siteUrl } from '@/lib/env'
import { z } from 'zod'

export const OPTIONS = preflight

/** GET /api/v1/categories: the category tree with entry counts. */
export async function GET(request: Request) {
  const query = parseParams(z.object({}), new URL(request.url).searchParams, [])
  if (!query.ok) return badParameter(query.parameter, query.reason)
  return handleApi('categories', async () =>
    apiJson(request, { data: apiCategoryTree(await content.getCategoryTree(), siteUrl()) }, [TAGS.categories]),
  )
}
