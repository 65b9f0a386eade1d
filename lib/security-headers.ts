/**
 * Security headers for every response, as strict as a statically rendered (ISR) Next.js site allows.
 * Read by next.config.ts at build time (HSTS and the Studio's origin are build-time settings).
 *
 * Exceptions, each for a reason:
 * - script-src 'unsafe-inline': Next.js bootstraps pages with inline scripts; nonces or hashes would need every
 *   page rendered per request, which would give up the cache. Only draft previews (and a page that needs the
 *   client to finish rendering) keep this: reader pages leave as documents without Next.js's scripts, and
 *   the production server narrows their script-src to the hashes of the scripts they keep
 *   (lib/reader-document.mjs). Content never becomes script: everything is
 *   escaped, and JSON-LD is a data block with `<` escaped.
 * - style-src 'unsafe-inline': the one stylesheet is inlined into the page (faster first paint) and React
 *   writes style attributes.
 * - img-src https://cdn.sanity.io: entry pictures in Sanity mode.
 * - /studio gets its own, looser policy: Sanity Studio talks to *.sanity.io (HTTPS and WebSocket), loads
 *   Sanity's bridge script from core.sanity-cdn.com, and the Presentation tool frames the site.
 * - /embed/* has its own policy (frame-ancestors *, hashes for its one style and one script) and /media/*
 *   its own (sandbox). They are sent here for every response under those paths, 404s included, and not
 *   by the routes: a header from next.config.ts replaces a route's header of the same name.
 */
import { BASELINE_HEADERS, hstsHeaders } from './baseline-headers.mjs'
import { EMBED_CSP } from './embed/document'
import { environment } from './env'

/** Local images: an SVG opened on its own runs no script and loads nothing. */
const MEDIA_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'"

export interface Header {
  key: string
  value: string
}

export function securityHeaders(env: NodeJS.ProcessEnv = environment()) {
  const dev = env.NODE_ENV !== 'production'
  const studioOrigin = env.SANITY_STUDIO_PREVIEW_ORIGIN?.replace(/\/+$/, '')
  const frameAncestors = ["'self'", ...(studioOrigin ? [studioOrigin] : [])].join(' ')

  const common: Header[] = [...BASELINE_HEADERS, ...hstsHeaders(env)]

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
    "connect-src 'self' https://*.sanity.io wss://*.sanity.io https://*.sanity-cdn.com",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

  const sameOrigin = { key: 'X-Frame-Options', value: 'SAMEORIGIN' }
  return [
    // Every path but the three below: `studio` only as a whole first segment, so /studiox is a site page.
    {
      source: '/:path((?!embed/|media/|studio(?:/|$)).*)',
      headers: [{ key: 'Content-Security-Policy', value: site }, sameOrigin, ...common],
    },
    { source: '/studio', headers: [{ key: 'Content-Security-Policy', value: studio }, sameOrigin, ...common] },
    { source: '/studio/:path*', headers: [{ key: 'Content-Security-Policy', value: studio }, sameOrigin, ...common] },
    // Any site may frame an embed (frame-ancestors * in EMBED_CSP), so no X-Frame-Options there.
    { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: EMBED_CSP }, ...common] },
    { source: '/media/:path*', headers: [{ key: 'Content-Security-Policy', value: MEDIA_CSP }, sameOrigin, ...common] },
  ]
}
