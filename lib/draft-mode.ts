/**
 * Draft preview: who may turn it on, and where they may be sent afterwards.
 * Sanity mode: the Presentation tool's signed preview URL (next-sanity's defineEnableDraftMode).
 * Local mode (and for testing a deployment): `?secret=` equal to SANITY_PREVIEW_SECRET.
 */
import crypto from 'node:crypto'
import { isSitePath } from './domain/links'
import { previewSecret } from './env'

export function previewSecretMatches(given: string | null): boolean {
  const expected = previewSecret()
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

const BASE = 'http://site.invalid'

/**
 * Only paths on this site: never an open redirect to another origin. The path is normalised first (as the
 * browser will: dot segments, backslashes, tabs and newlines, percent-encoded dots), and the result is
 * checked again as a browser would read it as a Location, so `/..//evil.example` cannot become `//evil.example`.
 */
export function safeRedirectPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/')) return fallback
  try {
    const url = new URL(value, BASE)
    const path = `${url.pathname}${url.search}`
    if (url.origin !== BASE || !isSitePath(path)) return fallback
    return new URL(path, BASE).origin === BASE ? path : fallback
  } catch {
    return fallback
  }
}
