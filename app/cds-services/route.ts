import { apiJson } from '@/lib/api/respond'
import { cdsPreflight, discoveryDocument } from '@/lib/cds/service'

export const OPTIONS = cdsPreflight

/** CDS Hooks discovery (docs/cds-hooks.md): the services this site offers. */
export function GET(request: Request) {
  return apiJson(request, discoveryDocument(), [], 3600)
}
