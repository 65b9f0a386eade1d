import type { Metadata } from 'next'
import { clean } from '@/lib/content/stega'
import { notFound } from 'next/navigation'
import { CategoryView } from '@/components/lists/CategoryView'
import { content, getCategory } from '@/lib/content'
import { markRendered } from '@/lib/proxy/rendered'
import { paths } from '@/lib/site'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await content.getCategories()).map((c) => ({ slug: c.slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const category = await getCategory(slug)
  if (!category) return { title: 'Category not found', robots: { index: false } }
  // Meta tags are read by machines: never the draft preview's edit links (lib/content/stega.ts).
  return clean({
    title: category.title,
    description: category.description ?? `Entries in the category ${category.title}.`,
    alternates: { canonical: paths.category(category.slug) },
  })
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params
  const category = await getCategory(slug)
  if (!category) notFound()
  markRendered(paths.category(category.slug))
  return <CategoryView category={category} />
}
