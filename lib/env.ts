/**
 * Configuration from the environment, read when asked (so tests and scripts can set it). The only module of
 * the product that reads process.env: the site, next.config.ts, the shared cache handler (through
 * next.config.ts) and the Studio all ask here. It imports nothing, so the Studio's browser bundle can use it.
 * Sanity mode is on when NEXT_PUBLIC_SANITY_PROJECT_ID is set; otherwise the site runs in local mode.
 */

export const DEFAULT_API_VERSION = '2025-10-01'

export function contentMode(): 'sanity' | 'local' {
  return process.env.NEXT_PUBLIC_SANITY_PROJECT_ID ? 'sanity' : 'local'
}

export function sanityEnv() {
  return {
    projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID ?? '',
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
    apiVersion: process.env.NEXT_PUBLIC_SANITY_API_VERSION || DEFAULT_API_VERSION,
    /** Only for tests and self-hosted proxies: another Content Lake API host. */
    apiHost: process.env.SANITY_API_HOST || undefined,
  }
}

/** CONTENT_DATASET as given (relative to the working directory); lib/content/dataset-file.ts resolves it. */
export function contentDatasetSetting(): string | undefined {
  return process.env.CONTENT_DATASET || undefined
}

/** The public origin of the site, without a trailing slash (for canonical URLs, feeds, embeds). */
export function siteUrl(): string {
  const configured = process.env.SITE_URL || process.env.NEXT_PUBLIC_SITE_URL
  if (configured) return configured.replace(/\/+$/, '')
  return `http://localhost:${process.env.PORT || 3000}`
}

/** Time-outs for the content source, in milliseconds. */
export function contentTimeoutMs(): number {
  const value = Number(process.env.CONTENT_TIMEOUT_MS)
  return Number.isFinite(value) && value > 0 ? value : 8000
}

/** The port this server listens on, when it was given one (the publish path warms pages through it). */
export function serverPort(): string | undefined {
  return process.env.PORT || undefined
}

/** The whole environment, for modules that read a family of variables (edge purgers, security headers). */
export function environment(): NodeJS.ProcessEnv {
  return process.env
}

/** True while `next build` runs (no file watching, no shared cache). */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build'
}

/** Where this build's output lives (NEXT_DIST_DIR, default `.next`), relative to the working directory. */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR || '.next'
}

/** How many entries `next build` prerenders (PRERENDER_ENTRIES, default 300); the rest render on first request. */
export function prerenderEntries(): number {
  const value = Number(process.env.PRERENDER_ENTRIES ?? 300)
  return Number.isFinite(value) && value >= 0 ? value : 300
}

/** The Sanity read token (Viewer), server-only: drafts and private datasets. */
export function sanityReadToken(): string | undefined {
  return process.env.SANITY_API_READ_TOKEN || undefined
}

/** The publish webhook's secret, trimmed (a secret pasted with a trailing newline still works). */
export function revalidateSecret(): string | undefined {
  return process.env.SANITY_REVALIDATE_SECRET?.trim() || undefined
}

/** SANITY_WEBHOOK_CONSISTENCY_WAIT_MS when it is a number of milliseconds, else undefined. */
export function webhookConsistencyWaitMs(): number | undefined {
  const value = Number(process.env.SANITY_WEBHOOK_CONSISTENCY_WAIT_MS)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

/** The secret of `/api/draft-mode/enable?secret=` (local mode, or to check a deployment). */
export function previewSecret(): string | undefined {
  return process.env.SANITY_PREVIEW_SECRET || undefined
}

/** LOG_QUIET=1: no info lines (benchmarks and tests). */
export function logQuiet(): boolean {
  return process.env.LOG_QUIET === '1'
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/** The shared cache over Redis (lib/cache/shared-cache-handler.mjs), or undefined without REDIS_URL. */
export interface SharedCacheSettings {
  url: string
  prefix: string
  /** How long a Redis command may take before the local cache answers instead. */
  timeoutMs: number
  /** How long Redis keeps an entry nobody rewrote (the last good copy of a page or datum). */
  ttlSeconds: number
  /** Every instance re-reads all tag states this often, in case a published change was missed. */
  resyncMs: number
  logQuiet: boolean
}

export function sharedCacheSettings(): SharedCacheSettings | undefined {
  const url = process.env.REDIS_URL
  if (!url) return undefined
  return {
    url,
    prefix: process.env.REDIS_KEY_PREFIX || 'omed',
    timeoutMs: positive(process.env.REDIS_TIMEOUT_MS, 500),
    ttlSeconds: positive(process.env.REDIS_CACHE_TTL_SECONDS, 14 * 24 * 3600),
    resyncMs: positive(process.env.REDIS_TAG_RESYNC_MS, 30_000),
    logQuiet: logQuiet(),
  }
}

/**
 * The Studio's settings. The embedded Studio (Next.js) sees NEXT_PUBLIC_SANITY_*; the standalone Studio
 * (`sanity dev` / `sanity build`) sees SANITY_STUDIO_*. Either works for both. Each variable is written out
 * in full because both bundlers replace `process.env.NAME` with its value at build time.
 */
export function studioEnv() {
  return {
    projectId: process.env.SANITY_STUDIO_PROJECT_ID || process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'unconfigured',
    dataset: process.env.SANITY_STUDIO_DATASET || process.env.NEXT_PUBLIC_SANITY_DATASET || 'production',
    apiVersion:
      process.env.SANITY_STUDIO_API_VERSION || process.env.NEXT_PUBLIC_SANITY_API_VERSION || DEFAULT_API_VERSION,
    /** The site the Presentation tool previews, when it is not the Studio's own origin. */
    previewOrigin: process.env.SANITY_STUDIO_PREVIEW_ORIGIN || undefined,
    /** The *.sanity.studio host name `sanity deploy` uses. */
    studioHost: process.env.SANITY_STUDIO_HOSTNAME || undefined,
  }
}
