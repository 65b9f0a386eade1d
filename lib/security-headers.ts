/**
 * Security headers for every response, as strict as a statically rendered (ISR) Next.js site allows.
 * Read by next.config.ts at build time (HSTS and the Studio's origin are build-time settings).
 *
 * Exceptions, each for a reason:
 * - script-src 'unsafe-inline': Next.js bootstraps pages with inline scripts; nonces or hashes would need every
 *   page rendered per request, which would give up the cache. Content never becomes script: everything is
 *   escaped, and JSON-LD is a data block with `<` escaped.
 * - style-src 'unsafe-inline': the one stylesheet is inlined into the page (faster first paint) and React
 *   writes style attributes.
 * - img-src https://cdn.sanity.io: entry pictures in Sanity mode.
 * - /studio gets its own, looser policy: Sanity Studio talks to *.sanity.io (HTTPS and WebSocket), loads
 *   Sanity's bridge script from core.sanity-cdn.com, and the Presentation tool frames the site.
 * - /embed/* sends its own policy (frame-ancestors *, hashes for its one style and one script) and /media/*
 *   its own (sandbox), so the site policy is not applied there.
 */

export interface Header {
  key: string
  value: string
}

export function securityHeaders(env: NodeJS.ProcessEnv = process.env) {
  const dev = env.NODE_ENV !== 'production'
  const studioOrigin = env.SANITY_STUDIO_PREVIEW_ORIGIN?.replace(/\/+$/, '')
  const frameAncestors = ["'self'", ...(studioOrigin ? [studioOrigin] : [])].join(' ')

  const common: Header[] = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=(), interest-cohort=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(env.HSTS === '1' || env.HSTS === 'true' ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]

  const site = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://cdn.sanity.io",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

  const studio = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://core.sanity-cdn.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://cdn.sanity.io https://*.sanity.io https://lh3.googleusercontent.com https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    'connect-src \'self\' https://*.sanity.io wss://*.sanity.io https://*.sanity-cdn.com',
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

  return [
    {
      source: '/:path((?!embed/|media/|studio).*)',
      headers: [{ key: 'Content-Security-Policy', value: site }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }, ...common],
    },
    { source: '/studio', headers: [{ key: 'Content-Security-Policy', value: studio }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }, ...common] },
    { source: '/studio/:path*', headers: [{ key: 'Content-Security-Policy', value: studio }, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }, ...common] },
    // Embeds and media set their own Content-Security-Policy; a header here would replace it.
    { source: '/embed/:path*', headers: common },
    { source: '/media/:path*', headers: common },
  ]
}
