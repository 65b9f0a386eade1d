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
