import Link from 'next/link'
import { EntryList } from '@/components/lists/EntryList'
import type { Category } from '@/lib/content/models'
import { paths } from '@/lib/site'

/** A category page: breadcrumbs, description, subcategories with entry counts, and its entries. */
export function CategoryView({ category }: { category: Category }) {
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
