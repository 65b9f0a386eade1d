/**
 * Draft preview: who may turn it on, and where they may be sent afterwards.
 * Sanity mode: the Presentation tool's signed preview URL (next-sanity's defineEnableDraftMode).
 * Local mode (and for testing a deployment): `?secret=` equal to SANITY_PREVIEW_SECRET.
 */
import crypto from 'node:crypto'

export function previewSecretMatches(given: string | null): boolean {
  const expected = process.env.SANITY_PREVIEW_SECRET
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

/** Only paths on this site: never an open redirect to another origin. */
export function safeRedirectPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback
  try {
    const url = new URL(value, 'http://site.invalid')
    return url.origin === 'http://site.invalid' ? `${url.pathname}${url.search}` : fallback
  } catch {
    return fallback
  }
}
