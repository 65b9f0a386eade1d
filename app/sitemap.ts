import type { MetadataRoute } from 'next'
import { content } from '@/lib/content'
import { changedAt } from '@/lib/feeds/atom'
import { siteUrl } from '@/lib/env'
import { paths } from '@/lib/site'

export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl()
  const [entries, categories] = await Promise.all([content.getEntryIndex(), content.getCategories()])
  return [
    { url: `${origin}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${origin}${paths.entries()}`, changeFrequency: 'daily', priority: 0.9 },
    { url: `${origin}${paths.categories()}`, changeFrequency: 'weekly', priority: 0.6 },
    ...entries.map((e) => ({
      url: `${origin}${paths.entry(e.slug)}`,
      lastModified: changedAt(e),
      changeFrequency: 'monthly' as const,
      priority: 0.8,
    })),
    ...categories.map((c) => ({
      url: `${origin}${paths.category(c.slug)}`,
      changeFrequency: 'weekly' as const,
      priority: 0.5,
    })),
  ]
}
