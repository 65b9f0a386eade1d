import { NextResponse, type NextRequest } from 'next/server'
import { isKnownSlug } from '@/lib/content/known-slugs'
import { isValidSlug } from '@/lib/content/api'

/**
 * Runs before entry and category pages: an address that does not exist is answered with the fully rendered
 * 404 page (status 404) instead of reaching a page render. Draft previews pass through (drafts may add
 * entries). Anything it cannot decide, it lets through to the page.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (request.cookies.has('__prerender_bypass')) return NextResponse.next()
  const match = /^\/(diseases|categories)\/([^/]+)\/?$/.exec(pathname)
  if (!match) return NextResponse.next()
  const slug = decodeURIComponent(match[2])
  if (!isValidSlug(slug)) return notFound(request)
  const known = await isKnownSlug(match[1] === 'diseases' ? 'entry' : 'category', slug)
  return known === false ? notFound(request) : NextResponse.next()
}

function notFound(request: NextRequest) {
  // The rewrite is internal only when its origin matches the server's own idea of it, which is
  // http://localhost:PORT unless `next start` is given -H: start it without -H (see README).
  const url = request.nextUrl.clone()
  url.pathname = '/404'
  url.search = ''
  return NextResponse.rewrite(url, { status: 404 })
}

export const config = {
  matcher: ['/diseases/:slug', '/categories/:slug'],
}
