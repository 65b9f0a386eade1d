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
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=(), interest-cohort=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** For errors and refusals: no shared cache may keep them, and browsers ask again. */
export const NO_STORE_VALUE = 'private, no-cache, no-store, max-age=0, must-revalidate'
