import { sitemapPageRoute } from '@/lib/seo/sitemap-route'

/** One file of the sitemap index: /sitemaps/1.xml, /sitemaps/2.xml, … */
export async function GET(request: Request, { params }: { params: Promise<{ page: string }> }) {
  return sitemapPageRoute(request, (await params).page)
}
