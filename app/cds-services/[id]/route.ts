import { content } from '@/lib/content'
import { handleCdsRequest } from '@/lib/cds/handle'
import { cdsPreflight } from '@/lib/cds/service'
import { siteUrl } from '@/lib/env'
import { apiError } from '@/lib/api/respond'
import { errorLimited, errorMessage } from '@/lib/log'

export const OPTIONS = cdsPreflight

/** A CDS Hooks service call (docs/cds-hooks.md): cards for the patient's conditions the encyclopedia holds. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  try {
    return await handleCdsRequest(request, id, () => content.getEntryIndex(), siteUrl())
  } catch (error) {
    // The content source; no request data in the line (it describes a patient).
    errorLimited('cds:request-failed', 'cds', 'request failed', { reason: errorMessage(error) })
    return apiError(503, 'The content source is unavailable; try again shortly.')
  }
}
