import type { NextConfig } from 'next'
import { PAGE_TAGS } from './lib/content/tags'
import { cacheHeaders } from './lib/http-cache'

/** Reader pages are regenerated at least this often (their `revalidate`), and at once on publish. */
const PAGE_S_MAXAGE = 3600

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests and benchmarks build several variants side by side (local and Sanity mode).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The bundled dataset and its images are read at run time by the local content source and /media.
  outputFileTracingIncludes: { '/**': ['./sanity/dataset/**'] },
  serverExternalPackages: ['groq-js'],
  // Reader pages and the Studio have separate root layouts; unmatched URLs get one global 404 page.
  experimental: { globalNotFound: true },
  // Several instances share one cache (ISR pages, route handlers, tagged data) through Redis when REDIS_URL
  // is set; otherwise each keeps Next.js's default file-system cache. See "Running at scale" in the README.
  ...(process.env.REDIS_URL ? { cacheHandler: require.resolve('./lib/cache/shared-cache-handler.mjs') } : {}),
  async headers() {
    return [
      {
        // Everything except embeds and media: only this site may frame it. Those two routes send their own
        // Content-Security-Policy (headers set here would replace theirs): frame-ancestors * for embeds,
        // a sandbox for images.
        source: '/:path((?!embed/|media/).*)',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      // Reader pages for shared caches: the same policy as embeds and the API (Next.js's own ISR header has
      // no stale-if-error), and the content tags they are built from, so a CDN can purge them by tag.
      // Next.js still sends `private, no-store` for draft previews (skipped here anyway) and errors.
      ...PAGE_TAGS.map(({ source, tags }) => ({
        source,
        missing: [{ type: 'cookie' as const, key: '__prerender_bypass' }],
        headers: Object.entries(cacheHeaders({ tags, sMaxAge: PAGE_S_MAXAGE })).map(([key, value]) => ({ key, value })),
      })),
      {
        source: '/embed.js',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800' }],
      },
    ]
  },
}

export default nextConfig
