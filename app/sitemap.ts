import type { MetadataRoute } from 'next'
import { content } from '@/lib/content'
import { changedAt } from '@/lib/feeds/atom'
import { siteUrl } from '@/lib/env'

export const revalidate = 3600

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl()
  const [entries, categories] = await Promise.all([content.getEntryIndex(), content.getCategories()])
  return [
    { url: `${origin}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${origin}/diseases`, changeFrequency: 'daily', priority: 0.9 },
    { url: `${origin}/categories`, changeFrequency: 'weekly', priority: 0.6 },
    ...entries.map((e) => ({ url: `${origin}/diseases/${e.slug}`, lastModified: changedAt(e), changeFrequency: 'monthly' as const, priority: 0.8 })),
    ...categories.map((c) => ({ url: `${origin}/categories/${c.slug}`, changeFrequency: 'weekly' as const, priority: 0.5 })),
  ]
}
