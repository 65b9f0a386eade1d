import { NextResponse, type NextRequest } from 'next/server'
import { isValidSlug } from '@/lib/content/api'
import { isSourceDown } from '@/lib/proxy/health'
import { addressExists, categoryPageCount, letterPageCount } from '@/lib/proxy/known-slugs'
import { hasRenderedCopy, isDraftModeCookie } from '@/lib/proxy/rendered'
import { NO_STORE } from '@/lib/http-cache'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'
import { letterPageOf, pathsIn, slugPageOf } from '@/lib/site'
import { letterOfKey } from '@/components/lists/az'
import { pageNumberOf } from '@/components/lists/paging'

/**
 * Runs before entry, category (and their later pages) and A–Z letter pages:
 * - an address that does not exist gets the fully rendered 404 page (status 404) instead of a page render;
 * - while the content source is down, a page never rendered before gets a clear 503 page instead of an error.
 * Draft previews pass through (drafts may add entries): only with this build's own draft-mode cookie, so a
 * made-up cookie of that name changes nothing. What it cannot decide, it leaves to the page.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isDraftModeCookie(request.cookies.get('__prerender_bypass')?.value)) return NextResponse.next()
  // A–Z by letter: a letter or page number that cannot exist is refused before any render (or cache entry).
  const letterPage = letterPageOf(pathname)
  if (letterPage) {
    const { lang, rawKey, rawRest } = letterPage
    const page = letterOfKey(rawKey, lang) === undefined ? null : pageNumberOf(rawRest)
    const pages = page === null ? 0 : await letterPageCount(rawKey, lang)
    if (page === null || (pages !== undefined && page > pages)) return rewrite(request, pathsIn(lang).notFound(), 404)
    return NextResponse.next()
  }
  const page = slugPageOf(pathname)
  // The matcher's patterns, but no page: a first segment that is no configured language (`/xx/…`).
  if (!page) return rewrite(request, pathsIn(SOURCE_LANGUAGE).notFound(), 404)
  if (page.kind === 'embed') return NextResponse.next()
  let slug: string
  try {
    slug = decodeURIComponent(page.rawSlug)
  } catch {
    return rewrite(request, pathsIn(page.lang).notFound(), 404)
  }
  const { kind, lang } = page
  const paths = pathsIn(lang)
  // A category's later pages: a page number written any other way than its links write it is no page.
  const pageNumber = page.rawPage === undefined ? 1 : pageNumberOf([page.rawPage])
  if (!isValidSlug(slug) || pageNumber === null) return rewrite(request, paths.notFound(), 404)
  // The in-memory list answers (a deleted entry must 404); in Sanity mode an address it lacks is probed with
  // one small query (addressExists), which for a page about to render for the first time also shows whether
  // the source is answering.
  const rendered = hasRenderedCopy(kind === 'entry' ? paths.entry(slug) : paths.category(slug, pageNumber))
  const exists = await addressExists(kind, slug, lang)
  if (exists === false) return rewrite(request, paths.notFound(), 404)
  if (pageNumber > 1) {
    const pages = await categoryPageCount(slug, lang)
    if (pages !== undefined && pageNumber > pages) return rewrite(request, paths.notFound(), 404)
  }
  if (!rendered && isSourceDown())
    return rewrite(request, paths.unavailable(), 503, { 'Retry-After': '30', ...NO_STORE })
  return NextResponse.next()
}

function rewrite(request: NextRequest, pathname: string, status: number, headers?: Record<string, string>) {
  // The rewrite is internal only when its origin matches the server's own idea of it, which is
  // http://localhost:PORT: scripts/serve.mjs gives Next.js no other hostname (see docs/architecture.md).
  const url = request.nextUrl.clone()
  url.pathname = pathname
  url.search = ''
  return NextResponse.rewrite(url, { status, headers })
}

// Next.js reads the matcher from the source text, so it cannot call lib/site.ts: these are routePatterns,
// translatedRoutePatterns, categoryPagePatterns and letterPagePatterns (tests/unit/project-shape.test.ts holds them equal).
export const config = {
  matcher: [
    '/diseases/:slug',
    '/categories/:slug',
    '/:lang/diseases/:slug',
    '/:lang/categories/:slug',
    '/categories/:slug/:page',
    '/:lang/categories/:slug/:page',
    '/diseases/letters/:path*',
    '/:lang/diseases/letters/:path*',
  ],
}
