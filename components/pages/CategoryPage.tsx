import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CategoryView } from '@/components/lists/CategoryView'
import { content, getCategory } from '@/lib/content'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { markRendered } from '@/lib/proxy/rendered'
import { categoryMetadata } from '@/lib/seo/metadata'
import { pathsIn } from '@/lib/site'

export async function categorySlugs(lang: Lang) {
  return (await content.getCategories(lang)).map((c) => ({ slug: c.slug }))
}

export async function categoryPageMetadata(slug: string, lang: Lang): Promise<Metadata> {
  const category = await getCategory(slug, lang)
  if (!category) return { title: messages(lang).categories.notFound, robots: { index: false } }
  return categoryMetadata(category)
}

export async function CategoryPage({ slug, lang }: { slug: string; lang: Lang }) {
  const category = await getCategory(slug, lang)
  if (!category) notFound()
  markRendered(pathsIn(lang).category(category.slug))
  return <CategoryView category={category} />
}
