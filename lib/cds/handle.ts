/**
 * POST /cds-services/<id>: from the HTTP request to the cards, every refusal with its own status (CDS Hooks
 * 2.0, "HTTP Response"): 404 an unknown service, 415 a body that is not JSON by its type, 413 too large a body,
 * 400 a body that is not a request of this hook, 412 a request without the prefetch (the service never fetches
 * from the client's FHIR server). The entry index is passed in, so tests call it without a server.
 *
 * Nothing from the request is written to the log: only which check refused it, limited per minute.
 */
import type { EntrySummary } from '../content/models'
import { BodyTooLargeError, jsonError, readBodyLimited } from '../http'
import { NO_STORE } from '../http-cache'
import { warnLimited } from '../log'
import { buildCards, matchConditions } from './cards'
import { CDS_LIMITS, hasPrefetch, heldConditions, parseCdsRequest, PREFETCH_KEY } from './request'
import { CDS_CORS_HEADERS, CDS_SERVICE, CDS_SERVICE_IDS } from './service'

const refuse = (status: number, key: string, error: string, detail?: Record<string, unknown>) => {
  warnLimited(`cds:${key}`, 'cds', 'request refused', { status, check: key })
  return jsonError(status, error, detail, CDS_CORS_HEADERS)
}

const isJson = (type: string | null) =>
  type !== null && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type.trim())

export async function handleCdsRequest(
  request: Request,
  id: string,
  loadEntries: () => Promise<EntrySummary[]>,
  origin: string,
): Promise<Response> {
  if (!CDS_SERVICE_IDS.includes(id))
    return refuse(
      404,
      'unknown-service',
      `There is no CDS service "${id.slice(0, 100)}"; GET /cds-services lists them.`,
    )
  if (!isJson(request.headers.get('content-type')))
    return refuse(415, 'not-json', 'Send the request as JSON (Content-Type: application/json).')

  let text: string
  try {
    text = await readBodyLimited(request, CDS_LIMITS.body)
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return refuse(413, 'too-large', `The request body is larger than ${CDS_LIMITS.body} bytes.`)
    // The client went away or sent a broken body: its fault, not the content source's.
    return refuse(400, 'unreadable', 'The request body could not be read.')
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return refuse(400, 'bad-json', 'The request body is not JSON.')
  }

  const parsed = parseCdsRequest(body)
  if (!parsed.ok)
    return refuse(400, 'bad-request', `Field "${parsed.field}" ${parsed.reason}.`, { field: parsed.field })
  if (parsed.value.hook !== CDS_SERVICE.hook)
    return refuse(
      400,
      'wrong-hook',
      `This service answers the ${CDS_SERVICE.hook} hook, not "${parsed.value.hook.slice(0, 100)}".`,
      { field: 'hook' },
    )
  if (!hasPrefetch(parsed.value))
    return refuse(
      412,
      'no-prefetch',
      `Send the prefetch "${PREFETCH_KEY}" (${CDS_SERVICE.prefetch[PREFETCH_KEY]}): this service does not call FHIR servers.`,
      {
        field: `prefetch.${PREFETCH_KEY}`,
      },
    )

  const cards = buildCards(matchConditions(heldConditions(parsed.value), await loadEntries()), origin)
  return Response.json({ cards }, { headers: { ...CDS_CORS_HEADERS, ...NO_STORE } })
}
