import type { MetadataRoute } from 'next'
import { siteUrl } from '@/lib/env'
import { absoluteUrl, paths } from '@/lib/site'

export default function robots(): MetadataRoute.Robots {
  return {
    // Embeds stay crawlable: each names the full entry as its canonical URL.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/studio'] }],
    sitemap: absoluteUrl(siteUrl(), paths.sitemap()),
  }
}
