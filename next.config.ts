import type { NextConfig } from 'next'
import { securityHeaders } from './lib/security-headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Tests and benchmarks build several variants side by side (local and Sanity mode).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The bundled dataset and its images are read at run time by the local content source and /media.
  outputFileTracingIncludes: { '/**': ['./sanity/dataset/**'] },
  serverExternalPackages: ['groq-js'],
  // Reader pages and the Studio have separate root layouts; unmatched URLs get one global 404 page.
  // inlineCss: the one small stylesheet arrives with the HTML instead of blocking the first paint.
  experimental: { globalNotFound: true, inlineCss: true },
  async headers() {
    return [
      ...securityHeaders(),
      {
        source: '/embed.js',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800' }],
      },
    ]
  },
}

export default nextConfig
