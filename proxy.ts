import { NextResponse, type NextRequest } from 'next/server'
import { isValidSlug } from '@/lib/content/api'
import { isSourceDown } from '@/lib/content/health'
import { isKnownSlug, probeSlug } from '@/lib/content/known-slugs'
import { hasRenderedCopy } from '@/lib/content/rendered'
import { NO_STORE } from '@/lib/http-cache'

/**
 * Runs before entry and category pages:
 * - an address that does not exist gets the fully rendered 404 page (status 404) instead of a page render;
 * - while the content source is down, a page never rendered before gets a clear 503 page instead of an error.
 * Draft previews pass through (drafts may add entries). What it cannot decide, it leaves to the page.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (request.cookies.has('__prerender_bypass')) return NextResponse.next()
  const match = /^\/(diseases|categories)\/([^/]+)\/?$/.exec(pathname)
  if (!match) return NextResponse.next()
  let slug: string
  try {
    slug = decodeURIComponent(match[2])
  } catch {
    return rewrite(request, '/404', 404)
  }
  if (!isValidSlug(slug)) return rewrite(request, '/404', 404)
  const kind = match[1] === 'diseases' ? 'entry' : 'category'
  // A page with a rendered copy is checked against the in-memory list (a deleted entry must 404); a page
  // about to render for the first time is checked with the source itself, which also shows whether the
  // source is answering.
  const rendered = hasRenderedCopy(`/${match[1]}/${slug}`)
  const known = rendered ? await isKnownSlug(kind, slug) : await probeSlug(kind, slug)
  if (known === false) return rewrite(request, '/404', 404)
  if (!rendered && isSourceDown()) return rewrite(request, '/unavailable', 503, { 'Retry-After': '30', ...NO_STORE })
  return NextResponse.next()
}

function rewrite(request: NextRequest, pathname: string, status: number, headers?: Record<string, string>) {
  // The rewrite is internal only when its origin matches the server's own idea of it, which is
  // http://localhost:PORT unless `next start` is given -H: start it without -H (see README).
  const url = request.nextUrl.clone()
  url.pathname = pathname
  url.search = ''
  return NextResponse.rewrite(url, { status, headers })
}

export const config = {
  matcher: ['/diseases/:slug', '/categories/:slug'],
}
