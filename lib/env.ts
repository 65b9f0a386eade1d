/**
 * Configuration from the environment, read when asked (so tests and scripts can set it).
 * Sanity mode is on when NEXT_PUBLIC_SANITY_PROJECT_ID is set; otherwise the site runs in local mode.
 */
import path from 'node:path'

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

/** The bundled dataset: built from process.cwd() statically so the bundler does not trace the project. */
export const BUNDLED_DATASET = path.join(process.cwd(), 'sanity', 'dataset', 'production.ndjson')

/** The NDJSON export local mode serves: CONTENT_DATASET (relative to the working directory) or the bundled one. */
export function datasetFile(): string {
  const configured = process.env.CONTENT_DATASET
  return configured ? path.resolve(/* turbopackIgnore: true */ process.cwd(), configured) : BUNDLED_DATASET
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
