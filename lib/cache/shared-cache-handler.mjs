// @ts-check
/**
 * The Next.js `cacheHandler` (ISR pages, route handlers, `unstable_cache` data) shared by every instance
 * through Redis, with each instance's own file-system cache underneath. next.config.ts turns it on when
 * REDIS_URL is set. Next.js imports this file at run time with Node's own loader, outside the bundler,
 * so it is JavaScript (type-checked through the JSDoc below).
 *
 * - Entries: read from Redis first, then from the local cache (build-time pages, this instance's renders);
 *   written to both. Keys are namespaced by build, so a new deployment never serves an old build's pages.
 * - Revalidation: Next.js decides whether an entry is stale from its in-process tag manifest. A
 *   `revalidateTag` on any instance is recorded in Redis and published; every instance copies it into its
 *   own manifest, so a page or datum is stale everywhere at once, with the same stale-while-revalidate
 *   semantics as a single instance.
 * - Redis down or slow: every operation falls back to the local cache within REDIS_TIMEOUT_MS; the outage
 *   and the recovery are logged once; tag changes made meanwhile are sent when Redis answers again.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { createClient, RESP_TYPES } from '@redis/client'
import { existingProcessValue, processSingleton } from '../process-singleton.mjs'
import {
  applyTagStates,
  decodeEntry,
  encodeEntry,
  missingTagStates,
  newerTagStates,
  parseState,
  parseStates,
  redactUrl,
} from './shared-state.mjs'

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} NextCacheHandler */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */
/** @typedef {Parameters<NextCacheHandler['get']>[1]} GetContext */
/** @typedef {Parameters<NextCacheHandler['set']>[1]} CacheValue */
/** @typedef {Parameters<NextCacheHandler['set']>[2]} SetContext */
/** @typedef {import('./shared-state.mjs').TagState} TagState */
/** @typedef {import('./shared-state.mjs').SharedTagState} SharedTagState */

// Next.js's own default handler and its tag manifest, loaded as Next.js loads them (the same module
// instances: the manifest is shared by every bundle of the server, by design).
const require = createRequire(import.meta.url)
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
/** @type {Map<string, TagState>} */
const tagsManifest = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest

/**
 * The settings lib/env.ts read (sharedCacheSettings), handed over by next.config.ts, which the server loads
 * before this handler; undefined (no shared cache) when REDIS_URL is not set and while `next build` runs.
 * @returns {import('../env').SharedCacheSettings | undefined}
 */
export const settings = () =>
  /** @type {import('../env').SharedCacheSettings | undefined} */ (existingProcessValue('shared-cache-settings'))

/** One-line logs in the site's format (lib/log.ts): `[cache] message · key=value`. */
const log = {
  /** @param {'info' | 'warn' | 'error'} level @param {string} message @param {Record<string, string | number | undefined>} [fields] */
  write(level, message, fields = {}) {
    if (level === 'info' && settings()?.logQuiet) return
    const parts = Object.entries(fields)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}=${typeof v === 'string' && /\s/.test(v) ? JSON.stringify(v) : String(v)}`)
    console[level](`[cache] ${message}${parts.length ? ` · ${parts.join(' ')}` : ''}`)
  },
}

/**
 * Called when another instance revalidated tags, before the tags are marked stale here. Local mode uses it
 * to re-read its dataset file at once, so a page this instance renders again shows the published change.
 */
function runRemoteRevalidationHooks(/** @type {string[]} */ tags) {
  const hooks = /** @type {Set<(tags: string[]) => void> | undefined} */ (
    existingProcessValue('remote-revalidation-hooks')
  )
  for (const hook of hooks ?? []) {
    try {
      hook(tags)
    } catch (error) {
      log.write('warn', 'a hook for revalidations from other instances failed', { reason: String(error) })
    }
  }
}

/**
 * Tag states as the fields of the Redis hash: one JSON value per tag.
 * @param {Record<string, SharedTagState>} states
 */
const asHash = (states) =>
  Object.fromEntries(Object.entries(states).map(([tag, state]) => [tag, JSON.stringify(state)]))

/** The Redis side, one per process: clients, health, the tag channel. */
class SharedStore {
  /** @param {import('../env').SharedCacheSettings} config */
  constructor(config) {
    this.config = config
    this.id = crypto.randomUUID()
    this.tagsKey = `${config.prefix}:tags`
    this.channel = `${config.prefix}:tags`
    /** @type {Map<string, SharedTagState>} */
    this.known = new Map()
    /** Tag states changed while Redis was unreachable, sent when it answers again. */
    /** @type {Map<string, SharedTagState>} */
    this.pending = new Map()
    this.down = false
    /** After a failed command, Redis is left alone until then: a hung server costs one time-out, not one per request. */
    this.skipUntil = 0
    const options = {
      url: config.url,
      // Fail at once while disconnected: the local cache answers instead of requests waiting in a queue.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: Math.max(1000, config.timeoutMs),
        reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * 2 ** retries, 2000),
      },
      commandOptions: { timeout: config.timeoutMs },
    }
    this.client = createClient(options)
    this.binary = this.client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer })
    // The subscriber waits for messages indefinitely: no command time-out, and it queues its SUBSCRIBE.
    this.subscriber = createClient({ ...options, disableOfflineQueue: false, commandOptions: {} })
    this.client.on('error', (/** @type {unknown} */ error) => this.failed(error))
    this.subscriber.on('error', (/** @type {unknown} */ error) => this.failed(error))
    this.client.on('ready', () => void this.recovered())
    // Messages published while the subscriber was reconnecting are lost: read the states once it is back.
    this.subscriber.on('ready', () => void this.resync())
    this.client.connect().catch((/** @type {unknown} */ error) => this.failed(error))
    this.subscriber
      .connect()
      .then(() => this.subscriber.subscribe(this.channel, (/** @type {string} */ message) => this.received(message)))
      .catch((/** @type {unknown} */ error) => this.failed(error))
    const timer = setInterval(() => void this.resync(), config.resyncMs)
    timer.unref()
  }

  get ready() {
    return this.client.isReady && Date.now() >= this.skipUntil
  }

  /** @param {unknown} error */
  failed(error) {
    this.skipUntil = Date.now() + 2000
    if (this.down) return
    this.down = true
    log.write('warn', 'shared cache unreachable; this instance serves from its local cache until Redis answers again', {
      redis: redactUrl(this.config.url),
      reason: error instanceof Error ? error.message || error.name : String(error),
    })
  }

  succeeded() {
    if (!this.down) return
    this.down = false
    log.write('info', 'shared cache answering again', { redis: redactUrl(this.config.url) })
  }

  async recovered() {
    this.skipUntil = 0
    this.succeeded()
    await this.resync()
  }

  /** @param {string} message */
  received(message) {
    this.adopt(parseStates(message))
  }

  /** Read every tag state from Redis (after connecting, and now and then in case a message was lost). */
  async resync() {
    if (!this.ready) return
    await this.flushPending()
    try {
      const all = await this.client.hGetAll(this.tagsKey)
      this.succeeded()
      /** @type {Record<string, SharedTagState>} */
      const states = {}
      for (const [tag, text] of Object.entries(all)) {
        const state = parseState(text)
        if (state) states[tag] = state
      }
      this.adopt(states)
      const missing = missingTagStates(states, this.known)
      if (Object.keys(missing).length) await this.client.hSet(this.tagsKey, asHash(missing))
    } catch (error) {
      this.failed(error)
    }
  }

  /** Another instance's revalidation: let the content source catch up first, then mark the tags. */
  /** @param {Record<string, SharedTagState>} states */
  adopt(states) {
    const newer = newerTagStates(states, this.known, this.id)
    const tags = Object.keys(newer)
    if (tags.length === 0) return
    runRemoteRevalidationHooks(tags)
    applyTagStates(newer, this.known, tagsManifest)
  }

  /** @param {Record<string, SharedTagState>} states */
  async publish(states) {
    for (const [tag, state] of Object.entries(states)) this.pending.set(tag, state)
    await this.flushPending()
  }

  async flushPending() {
    if (!this.ready || this.pending.size === 0) return
    const states = Object.fromEntries(this.pending)
    this.pending.clear()
    try {
      await this.client.multi().hSet(this.tagsKey, asHash(states)).publish(this.channel, JSON.stringify(states)).exec()
      this.succeeded()
    } catch (error) {
      // Keep them for the next attempt, unless a newer change to the same tag was queued meanwhile.
      for (const [tag, state] of Object.entries(states)) if (!this.pending.has(tag)) this.pending.set(tag, state)
      this.failed(error)
    }
  }

  /** @param {string} key @returns {Promise<CacheHandlerValue | null>} */
  async get(key) {
    if (!this.ready) return null
    try {
      const bytes = await this.binary.get(key)
      this.succeeded()
      return bytes ? decodeEntry(/** @type {Buffer} */ (bytes)) : null
    } catch (error) {
      this.failed(error)
      return null
    }
  }

  /** @param {string} key @param {CacheHandlerValue} entry */
  async set(key, entry) {
    if (!this.ready) return
    let bytes
    try {
      bytes = encodeEntry(entry)
    } catch (error) {
      log.write('warn', 'an entry could not be serialized for the shared cache; kept locally only', {
        key,
        reason: String(error),
      })
      return
    }
    try {
      await this.client.set(key, bytes, { EX: this.config.ttlSeconds })
      this.succeeded()
    } catch (error) {
      this.failed(error)
    }
  }
}

/** @returns {SharedStore | undefined} */
function sharedStore() {
  const config = settings()
  if (!config) return undefined
  return processSingleton('shared-cache-store', () => {
    log.write('info', 'shared cache on', { redis: redactUrl(config.url), prefix: config.prefix })
    return new SharedStore(config)
  })
}

/** @type {Map<string, string>} */
const buildIds = new Map()

/** @param {string | undefined} serverDistDir */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return 'unknown-build'
  let id = buildIds.get(serverDistDir)
  if (!id) {
    try {
      id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      id = 'unknown-build'
    }
    buildIds.set(serverDistDir, id)
  }
  return id
}

/** Next.js creates one handler per request; the state lives in the process-wide store and local cache. */
export default class SharedCacheHandler {
  /** @param {CacheHandlerContext} ctx */
  constructor(ctx) {
    this.local = new FileSystemCache(/** @type {ConstructorParameters<typeof FileSystemCache>[0]} */ (ctx))
    this.store = sharedStore()
    this.namespace = this.store ? `${this.store.config.prefix}:${buildIdOf(ctx.serverDistDir)}:` : ''
  }

  /** @param {string} key @param {GetContext} ctx @returns {Promise<CacheHandlerValue | null>} */
  async get(key, ctx) {
    const shared = await this.store?.get(this.namespace + key)
    if (shared) return shared
    return this.local.get(key, ctx)
  }

  /** @param {string} key @param {CacheValue} data @param {SetContext} ctx */
  async set(key, data, ctx) {
    try {
      await this.local.set(key, data, /** @type {Parameters<InstanceType<typeof FileSystemCache>['set']>[2]} */ (ctx))
    } finally {
      const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined
      await this.store?.set(this.namespace + key, {
        lastModified: Date.now(),
        value: data,
        ...(cacheControl ? { cacheControl } : {}),
      })
    }
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    // The default handler records the change in this process's tag manifest.
    await this.local.revalidateTag(list, durations)
    if (!this.store || list.length === 0) return
    const at = Date.now()
    /** @type {Record<string, SharedTagState>} */
    const states = {}
    for (const tag of list) {
      states[tag] = { ...tagsManifest.get(tag), at, by: this.store.id }
      this.store.known.set(tag, states[tag])
    }
    await this.store.publish(states)
  }

  resetRequestCache() {
    this.local.resetRequestCache()
  }
}
