// @ts-check
/**
 * What the instances of a shared cache exchange through Redis, as plain functions: cache entries as bytes,
 * and the state of each revalidated tag (when it went stale or expired, when and by which instance).
 * Kept apart from the handler so that it can be tested without Next.js's internals or a Redis.
 */
import v8 from 'node:v8'

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */
/** @typedef {import('next/dist/server/lib/incremental-cache/tags-manifest.external').TagManifestEntry} TagState */
/** A tag's state as shared between instances: Next's manifest entry plus when and by whom it was changed. */
/** @typedef {TagState & { at: number, by: string }} SharedTagState */

/** The Redis address without its password, for logs. */
export function redactUrl(/** @type {string} */ url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return '(unparseable REDIS_URL)'
  }
}

/**
 * Entries hold Buffers (RSC payloads, route bodies) and Maps (segment data), which JSON loses; the V8
 * serializer keeps both. Every instance of a deployment runs the same Node.js, so the format matches.
 * @param {CacheHandlerValue} entry
 */
export function encodeEntry(entry) {
  return v8.serialize(entry)
}

/** @param {Buffer} bytes @returns {CacheHandlerValue | null} */
export function decodeEntry(bytes) {
  try {
    const value = v8.deserialize(bytes)
    return value && typeof value === 'object' && typeof value.lastModified === 'number' ? value : null
  } catch {
    return null
  }
}

/**
 * The tag states, received from other instances, that are newer than what this instance knows.
 * @param {Record<string, SharedTagState>} states
 * @param {Map<string, SharedTagState>} known the latest state of each tag this instance has seen or made
 * @param {string} self this instance's id (its own changes are already in its manifest)
 */
export function newerTagStates(states, known, self) {
  /** @type {Record<string, SharedTagState>} */
  const newer = {}
  for (const [tag, state] of Object.entries(states)) {
    if (!state || typeof state.at !== 'number' || state.by === self) continue
    if ((known.get(tag)?.at ?? 0) < state.at) newer[tag] = state
  }
  return newer
}

/**
 * The states this instance knows that Redis lacks (or has older): after Redis lost its data (a restart
 * without persistence), instances that start later must still learn about earlier revalidations.
 * @param {Record<string, SharedTagState>} remote
 * @param {Map<string, SharedTagState>} known
 */
export function missingTagStates(remote, known) {
  /** @type {Record<string, SharedTagState>} */
  const missing = {}
  for (const [tag, state] of known) if ((remote[tag]?.at ?? 0) < state.at) missing[tag] = state
  return missing
}

/**
 * Copy tag states into this process's tag manifest, where Next.js looks when it decides whether an entry
 * is stale (`stale`: serve it while rendering again) or expired (`expired`: render before answering).
 * @param {Record<string, SharedTagState>} states
 * @param {Map<string, SharedTagState>} known
 * @param {Map<string, TagState>} manifest
 */
export function applyTagStates(states, known, manifest) {
  for (const [tag, state] of Object.entries(states)) {
    known.set(tag, state)
    /** @type {TagState} */
    const entry = {}
    if (typeof state.stale === 'number') entry.stale = state.stale
    if (typeof state.expired === 'number') entry.expired = state.expired
    manifest.set(tag, entry)
  }
}

/** @param {string} text */
function parseJson(text) {
  try {
    const value = JSON.parse(text)
    return value && typeof value === 'object' ? value : undefined
  } catch {
    return undefined
  }
}

/** A published message: several tags' states. @param {string} text @returns {Record<string, SharedTagState>} */
export const parseStates = (text) => parseJson(text) ?? {}

/** One tag's state as stored in the hash. @param {string} text @returns {SharedTagState | undefined} */
export const parseState = (text) => parseJson(text)
