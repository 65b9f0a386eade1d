import { apiJson } from '@/lib/api/respond'
import { CDS_CORS_HEADERS, discoveryDocument } from '@/lib/cds/service'

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CDS_CORS_HEADERS })
}

/** CDS Hooks discovery (docs/cds-hooks.md): the services this site offers. */
export function GET(request: Request) {
  return apiJson(request, discoveryDocument(), [], 3600)
}
