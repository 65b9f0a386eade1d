/**
 * Whether the content source is answering, as seen by this process. A failure is logged once with its
 * cause (not once per request) and the recovery is logged too. Kept on globalThis so the proxy and the
 * pages of one server share it.
 */
import { errorMessage, log } from '../log'
import { processSingleton } from '../process-singleton.mjs'

/** After a failure, the source counts as down for this long unless a read succeeds first. */
const DOWN_FOR_MS = 15_000

interface Health {
  downSince?: number
  lastFailure?: number
  reason?: string
}

const health = processSingleton<Health>('content-health', () => ({}))

export function markSourceFailure(error: unknown, source: string) {
  const now = Date.now()
  health.lastFailure = now
  if (health.downSince === undefined) {
    health.downSince = now
    health.reason = errorMessage(error)
    log.error('content', 'content source failing; serving the last good pages', { source, reason: health.reason })
  }
}

export function markSourceSuccess(source: string) {
  if (health.downSince !== undefined) {
    log.info('content', 'content source answering again', { source, downForMs: Date.now() - health.downSince })
    health.downSince = undefined
    health.reason = undefined
  }
}

export function isSourceDown(now = Date.now()): boolean {
  return health.downSince !== undefined && health.lastFailure !== undefined && now - health.lastFailure < DOWN_FOR_MS
}
