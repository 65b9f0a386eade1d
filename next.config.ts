import type { NextConfig } from 'next'

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
}

export default nextConfig
