import { sitemapIndexRoute } from '@/lib/seo/sitemap-route'

/** The sitemap, or past 50,000 addresses the sitemap index (lib/seo/sitemap.ts). */
export function GET(request: Request) {
  return sitemapIndexRoute(request)
}
