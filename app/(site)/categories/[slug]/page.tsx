import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EntryList } from '@/components/lists/EntryList'
import { content, getCategory } from '@/lib/content'
import { markRendered } from '@/lib/content/rendered'
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
  return {
    title: category.title,
    description: category.description ?? `Entries in the category ${category.title}.`,
    alternates: { canonical: paths.category(category.slug) },
  }
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params
  const category = await getCategory(slug)
  if (!category) notFound()
  markRendered(paths.category(category.slug))
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.home()}>Home</Link>
          </li>
          <li>
            <Link href={paths.categories()}>Categories</Link>
          </li>
          {category.parent && (
            <li>
              <Link href={paths.category(category.parent.slug)}>{category.parent.title}</Link>
            </li>
          )}
        </ol>
      </nav>
      <h1>{category.title}</h1>
      {category.description && <p className="lead prose">{category.description}</p>}
      {category.specialty && <p className="muted">Specialty: {category.specialty}</p>}
      {category.children.length > 0 && (
        <section aria-labelledby="subcategories">
          <h2 id="subcategories">Subcategories</h2>
          <ul className="link-list">
            {category.children.map((c) => (
              <li key={c.slug}>
                <Link href={paths.category(c.slug)}>{c.title}</Link>
                <span className="relationship">
                  {c.entryCount} {c.entryCount === 1 ? 'entry' : 'entries'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="entries">
        <h2 id="entries">Entries</h2>
        {category.entries.length ? <EntryList items={category.entries} /> : <p>No entries in this category yet.</p>}
      </section>
    </>
  )
}
