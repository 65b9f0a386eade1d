import { openApiDocument } from '@/lib/api/openapi'
import { apiJson, preflight } from '@/lib/api/respond'
import { siteUrl } from '@/lib/env'

export const OPTIONS = preflight

export function GET(request: Request) {
  return apiJson(request, openApiDocument(siteUrl()), [], 3600)
}
