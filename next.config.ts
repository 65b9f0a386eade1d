import fs from 'node:fs'
import path from 'node:path'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { addCompileHints } from './lib/build/compile-hints'
import { PAGE_TAGS } from './lib/content/tags'
import { distDir, sharedCacheSettings } from './lib/env'
import { cacheHeaders } from './lib/http-cache'
import { processSingleton } from './lib/process-singleton.mjs'
import { securityHeaders } from './lib/security-headers'

/**
 * Builds into another folder (tests, benchmarks) get their own tsconfig under .build/: `next build` adds its
 * dist folder's type paths to the tsconfig it uses, and the project's own should not churn.
 */
function tsconfigFor(dir: string): string | undefined {
  if (dir === '.next') return undefined
  const file = path.join('.build', `tsconfig.${dir.replace(/[^A-Za-z0-9-]+/g, '_')}.json`)
  if (!fs.existsSync(file)) {
    fs.mkdirSync('.build', { recursive: true })
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          extends: '../tsconfig.json',
          include: ['../next-env.d.ts', '../**/*.ts', '../**/*.tsx', '../lib/cache/*.mjs'],
          exclude: ['../node_modules', '../.next', '../.build'],
        },
        null,
        2,
      ),
    )
  }
  return file
}

/** Reader pages are regenerated at least this often (their `revalidate`), and at once on publish. */
const PAGE_S_MAXAGE = 3600
/** The process-singleton name lib/cache/shared-cache-handler.mjs reads its settings from. */
const SHARED_CACHE_SETTINGS = 'shared-cache-settings'

const config = (phase: string): NextConfig => {
  const building = phase === PHASE_PRODUCTION_BUILD
  const tsconfigPath = building ? tsconfigFor(distDir()) : undefined
  // The shared cache's settings reach its handler (which Next.js loads itself, as plain Node) through the
  // process: the server loads this file first. `next build` keeps to the local cache: its output does not
  // depend on Redis, and it renders in worker processes.
  const shared = building ? undefined : sharedCacheSettings()
  if (shared) processSingleton(SHARED_CACHE_SETTINGS, () => shared)
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    // Tests and benchmarks build several variants side by side (local and Sanity mode).
    distDir: distDir(),
    ...(tsconfigPath ? { typescript: { tsconfigPath } } : {}),
    // The bundled dataset and its images are read at run time by the local content source and /media.
    outputFileTracingIncludes: { '/**': ['./sanity/dataset/**'] },
    serverExternalPackages: ['groq-js'],
    // Reader pages and the Studio have separate root layouts; unmatched URLs get one global 404 page.
    // inlineCss: the one small stylesheet arrives with the HTML instead of blocking the first paint.
    experimental: { globalNotFound: true, inlineCss: true },
    // Chrome compiles the client runtime in the background instead of during hydration (lib/build/compile-hints.ts).
    compiler: {
      runAfterProductionCompile: async ({ projectDir, distDir }) => {
        addCompileHints(path.resolve(projectDir, distDir))
      },
    },
    // Several instances share one cache (ISR pages, route handlers, tagged data) through Redis when REDIS_URL
    // is set; otherwise each keeps Next.js's default file-system cache. See docs/running-at-scale.md.
    ...(shared ? { cacheHandler: require.resolve('./lib/cache/shared-cache-handler.mjs') } : {}),
    async headers() {
      return [
        ...securityHeaders(),
        // Reader pages for shared caches: the same policy as embeds and the API (Next.js's own ISR header has
        // no stale-if-error), and the content tags they are built from, so a CDN can purge them by tag.
        // Next.js still sends `private, no-store` for draft previews (skipped here anyway) and errors.
        ...PAGE_TAGS.map(({ source, tags }) => ({
          source,
          missing: [{ type: 'cookie' as const, key: '__prerender_bypass' }],
          headers: Object.entries(cacheHeaders({ tags, sMaxAge: PAGE_S_MAXAGE })).map(([key, value]) => ({
            key,
            value,
          })),
        })),
        {
          source: '/embed.js',
          headers: [
            { key: 'Cache-Control', value: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800' },
          ],
        },
      ]
    },
  }
}

export default config
