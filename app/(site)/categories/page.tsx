import type { Metadata } from 'next'
import { CategoryTree } from '@/components/lists/CategoryTree'
import { getCategoryTree } from '@/lib/content'
import { paths } from '@/lib/site'

export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Categories',
  description: 'Browse diseases by category and by the specialty that looks after them.',
  alternates: { canonical: paths.categories() },
}

export default async function CategoriesPage() {
  const tree = await getCategoryTree()
  return (
    <>
      <h1>Categories</h1>
      <p className="prose">Browse entries by the part of the body they affect or the kind of condition they are. Each category names the medical specialty that usually looks after it.</p>
      {tree.length ? <CategoryTree nodes={tree} /> : <p>There are no categories yet.</p>}
    </>
  )
}
