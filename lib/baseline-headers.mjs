// @ts-check
/**
 * The security headers every response carries, whatever answers it: Next.js (through next.config.ts and
 * lib/security-headers.ts) or the front door (lib/front-door.mjs), which runs before Next.js in plain Node
 * and therefore is JavaScript.
 */

/** @type {{ key: string, value: string }[]} */
export const BASELINE_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/**
 * Strict-Transport-Security, only when the site is told it is served over HTTPS (HSTS=1).
 * @param {Record<string, string | undefined>} env
 * @returns {{ key: string, value: string }[]}
 */
export function hstsHeaders(env) {
  return env.HSTS === '1' || env.HSTS === 'true'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
    : []
}

/** The policy of the front door's own answers (refusals): nothing to load, nobody may frame them. */
export const REFUSAL_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** For errors and refusals: no shared cache may keep them, and browsers ask again. */
export const NO_STORE_VALUE = 'private, no-cache, no-store, max-age=0, must-revalidate'
