/**
 * The publish webhook, as a function of a request: verify, read, work out the tags, revalidate.
 * Kept out of the route file so it reads top to bottom and can be reasoned about without Next.js.
 */
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { parseBody } from 'next-sanity/webhook'
import { NextRequest } from 'next/server'
import { createContentApi } from './api'
import { forgetKnownSlugs } from './known-slugs'
import { changeSchema } from './publishing'
import { activeSource, isLocalSource } from './source'
import { withTimeout } from './timeout'
import { contentMode, contentTimeoutMs } from '../env'
import { BodyTooLargeError, jsonError, readBodyLimited } from '../http'
import { errorMessage, log } from '../log'

export const MAX_WEBHOOK_BODY = 64 * 1024
/** Signatures older than this are refused, so a captured call cannot be replayed later. */
const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000

function consistencyWaitMs(): number {
  const configured = Number(process.env.SANITY_WEBHOOK_CONSISTENCY_WAIT_MS)
  if (Number.isFinite(configured) && configured >= 0) return configured
  // The Content Lake query API can trail a mutation by a moment; local files cannot.
  return contentMode() === 'sanity' ? 1000 : 0
}

export async function handlePublish(request: NextRequest, revalidate: (tag: string) => void): Promise<Response> {
  const secret = process.env.SANITY_REVALIDATE_SECRET
  if (!secret) {
    log.error('publish', 'webhook called but SANITY_REVALIDATE_SECRET is not set; nothing revalidated')
    return jsonError(503, 'The publish webhook is not configured on this site (SANITY_REVALIDATE_SECRET is not set).')
  }
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  if (!signature) return refuse('missing signature')

  let text: string
  try {
    text = await readBodyLimited(request, MAX_WEBHOOK_BODY)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      log.warn('publish', 'webhook refused: body too large', { limit: MAX_WEBHOOK_BODY })
      return jsonError(413, `The request body is larger than ${MAX_WEBHOOK_BODY} bytes.`)
    }
    throw error
  }

  let parsed: { isValidSignature: boolean | null; body: unknown }
  try {
    parsed = await parseBody(new NextRequest(request.url, { method: 'POST', headers: request.headers, body: text }), secret, false)
  } catch {
    // parseBody checks the signature first, then parses JSON: a signed body that is not JSON lands here.
    if (!(await isValidSignature(text, signature, secret).catch(() => false))) return refuse('bad signature')
    return jsonError(400, 'The request body is not JSON.')
  }
  if (parsed.isValidSignature !== true) return refuse('bad signature')
  const timestamp = safeTimestamp(signature)
  if (timestamp === undefined || Math.abs(Date.now() - timestamp) > MAX_SIGNATURE_AGE_MS) return refuse('signature timestamp too old or missing')

  const change = changeSchema.safeParse(parsed.body)
  if (!change.success) {
    const issue = change.error.issues[0]
    return jsonError(400, 'The webhook body does not describe a document.', { field: issue?.path.join('.') || '(body)', reason: issue?.message })
  }

  const wait = consistencyWaitMs()
  if (wait) await new Promise((r) => setTimeout(r, wait))

  const source = activeSource()
  let previous = null
  if (isLocalSource(source)) {
    // Local mode publishes what is in the file now: read it if it changed (never per page request).
    source.refresh()
    previous = source.previousVersion(change.data._id) ?? null
  }
  const api = createContentApi((query, params) => withTimeout(source.query(query, params), contentTimeoutMs(), source.description))
  let tags: string[]
  try {
    tags = await api.getRevalidationTags(change.data, previous)
  } catch (error) {
    const reason = errorMessage(error)
    log.error('publish', 'could not work out what to revalidate; the content source did not answer', { document: change.data._id, reason })
    return jsonError(503, 'The content source did not answer; try again.', { reason })
  }
  for (const tag of tags) revalidate(tag)
  forgetKnownSlugs()
  log.info('publish', 'revalidated', { document: change.data._id, type: change.data._type, tags: tags.join(',') })
  return Response.json({ revalidated: true, document: change.data._id, tags }, { headers: { 'Cache-Control': 'no-store' } })
}

function refuse(reason: string): Response {
  log.warn('publish', 'webhook refused; nothing revalidated', { reason })
  return jsonError(401, 'Invalid or missing webhook signature.')
}

function safeTimestamp(signature: string): number | undefined {
  try {
    return decodeSignatureHeader(signature).timestamp
  } catch {
    return undefined
  }
}
