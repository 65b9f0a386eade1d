import type { Metadata } from 'next'
import { CategoryTree } from '@/components/lists/CategoryTree'
import Link from 'next/link'
import { getCategories, getCategoryTree } from '@/lib/content'
import { groupBySpecialty } from '@/components/lists/lists'
import { paths } from '@/lib/site'

export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Categories',
  description: 'Browse diseases by category and by the specialty that looks after them.',
  alternates: { canonical: paths.categories() },
}

export default async function CategoriesPage() {
  const [tree, categories] = await Promise.all([getCategoryTree(), getCategories()])
  const specialties = groupBySpecialty(categories)
  return (
    <>
      <h1>Categories</h1>
      <p className="prose">
        Browse entries by the part of the body they affect or the kind of condition they are. Each category names the
        medical specialty that usually looks after it.
      </p>
      {tree.length ? <CategoryTree nodes={tree} /> : <p>There are no categories yet.</p>}
      {specialties.length > 0 && (
        <section aria-labelledby="by-specialty">
          <h2 id="by-specialty">By specialty</h2>
          <dl className="specialties">
            {specialties.map(([specialty, categories]) => (
              <div key={specialty}>
                <dt>{specialty}</dt>
                <dd>
                  {categories.map((c, i) => (
                    <span key={c.slug}>
                      {i > 0 && ' · '}
                      <Link href={paths.category(c.slug)}>{c.title}</Link>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  )
}
