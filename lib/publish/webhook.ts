/**
 * The publish webhook, as a function of a request: verify, read, work out the tags, revalidate.
 * Kept out of the route file so it reads top to bottom and can be reasoned about without Next.js.
 *
 * The signature is checked with @sanity/webhook's isValidSignature (what next-sanity's parseBody calls)
 * rather than parseBody itself: parseBody parses JSON in the same step and logs every unsigned call with
 * console.error, and here each check must answer (and log, limited) on its own, in order.
 */
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { createContentApi } from '../content/api'
import { forgetKnownSlugs } from '../proxy/known-slugs'
import { MAX_WEBHOOK_BODY, changeSchema } from '../content/publishing'
import { activeSource } from '../content/source'
import { reader } from '../content/read'
import { forgetLoggedContentIssues } from '../content/validate'
import { contentMode, revalidateSecret, webhookConsistencyWaitMs } from '../env'
import { BodyTooLargeError, jsonError, readBodyLimited } from '../http'
import { NO_STORE } from '../http-cache'
import { errorMessage, log, warnLimited } from '../log'

/** Signatures older than this are refused, so a captured call cannot be replayed later. */
const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000

function consistencyWaitMs(): number {
  const configured = webhookConsistencyWaitMs()
  if (configured !== undefined) return configured
  // The Content Lake query API can trail a mutation by a moment; local files cannot.
  return contentMode() === 'sanity' ? 1000 : 0
}

/**
 * Checks, in order: a signature at all (401, whatever the configuration), a secret to check it with (503),
 * the signature's age (401), the body's size (413), the signature (401), JSON (400), a document (400).
 * Every line an anonymous caller can cause is written with warnLimited, so refused calls cannot flood the log.
 */
export async function handlePublish(request: Request, revalidate: (tag: string) => void): Promise<Response> {
  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  if (!signature) return refuse('publish:missing-signature', 'missing signature')
  // Trimmed as parseBody trims it: a secret pasted with a trailing newline still works.
  const secret = revalidateSecret()
  if (!secret) {
    warnLimited(
      'publish:no-secret',
      'publish',
      'signed webhook received but SANITY_REVALIDATE_SECRET is not set on this site; nothing revalidated',
    )
    return jsonError(503, 'The publish webhook is not configured on this site (SANITY_REVALIDATE_SECRET is not set).')
  }

  // The header's own timestamp first: a call that cannot be current is refused before its body is read.
  const timestamp = safeTimestamp(signature)
  if (timestamp === undefined || Math.abs(Date.now() - timestamp) > MAX_SIGNATURE_AGE_MS)
    return refuse('publish:stale-signature', 'signature timestamp too old or missing')

  let text: string
  try {
    text = await readBodyLimited(request, MAX_WEBHOOK_BODY)
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      warnLimited('publish:too-large', 'publish', 'webhook refused: body too large; nothing revalidated', {
        limit: MAX_WEBHOOK_BODY,
      })
      return jsonError(
        413,
        `The webhook body is larger than ${MAX_WEBHOOK_BODY} bytes: add the projection from docs/publishing.md ("The webhook (Sanity mode)") to the webhook in sanity.io/manage, so that Sanity sends only the document's id, type and slug.`,
      )
    }
    throw error
  }

  if (!(await isValidSignature(text, signature, secret))) return refuse('publish:bad-signature', 'bad signature')

  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    warnLimited('publish:not-json', 'publish', 'webhook refused: body is not JSON; nothing revalidated')
    return jsonError(400, 'The webhook body is not JSON.')
  }
  const change = changeSchema.safeParse(body)
  if (!change.success) {
    const issue = change.error.issues[0]
    const field = issue?.path.join('.') || '(body)'
    warnLimited(
      'publish:not-a-document',
      'publish',
      'webhook refused: body does not describe a document; nothing revalidated',
      { field },
    )
    return jsonError(
      400,
      "The webhook body does not describe a document: it needs the document's _id and _type (Sanity sends them in the whole document, or with the projection in docs/publishing.md).",
      { field, reason: issue?.message },
    )
  }

  const wait = consistencyWaitMs()
  if (wait) await new Promise((r) => setTimeout(r, wait))

  // A source that reads a file publishes what is in it now: read it again if it changed (never per page
  // request), and keep the document as it was, to revalidate what the change removed. Sanity: no-ops.
  const source = activeSource()
  source.refresh()
  const previous = source.previousVersion(change.data._id) ?? null
  const api = createContentApi(reader())
  let tags: string[]
  try {
    tags = await api.getRevalidationTags(change.data, previous)
  } catch (error) {
    const reason = errorMessage(error)
    log.error('publish', 'could not work out what to revalidate; the content source did not answer', {
      document: change.data._id,
      reason,
    })
    return jsonError(503, 'The content source did not answer; try again.', { reason })
  }
  for (const tag of tags) revalidate(tag)
  forgetKnownSlugs()
  forgetLoggedContentIssues()
  log.info('publish', 'revalidated', { document: change.data._id, type: change.data._type, tags: tags.join(',') })
  return Response.json({ revalidated: true, document: change.data._id, tags }, { headers: NO_STORE })
}

/** `key` is one constant per reason, so each kind of refusal gets its own few lines a minute. */
function refuse(key: string, reason: string): Response {
  warnLimited(key, 'publish', 'webhook refused; nothing revalidated', { reason })
  return jsonError(401, 'Invalid or missing webhook signature.')
}

function safeTimestamp(signature: string): number | undefined {
  try {
    return decodeSignatureHeader(signature).timestamp
  } catch {
    return undefined
  }
}
