import Link from 'next/link'
import { CategoryTree } from '@/components/lists/CategoryTree'
import { getCategoryTree, getEntryIndex } from '@/lib/content'
import { recentlyReviewed } from '@/components/lists/lists'
import { SITE_NAME, formatDate, paths } from '@/lib/site'

export const revalidate = 3600

export default async function HomePage() {
  const [entries, tree] = await Promise.all([getEntryIndex(), getCategoryTree()])
  const recent = recentlyReviewed(entries, 6)
  return (
    <>
      <section className="prose" aria-labelledby="intro">
        <h1 id="intro">{SITE_NAME}</h1>
        <p className="lead">
          A free encyclopedia of diseases, written in plain language and structured like a medical reference: what each
          condition is, how it shows itself, how it is diagnosed and treated, how it connects to other conditions, and
          the sources behind every statement.
        </p>
        <p>
          {entries.length} {entries.length === 1 ? 'entry' : 'entries'} so far. Browse them{' '}
          <Link href={paths.entries()}>from A to Z</Link> or <Link href={paths.categories()}>by category</Link>, or use
          the search box. Clinics, patient groups and apps can embed any entry or look entries up by clinical code.
        </p>
      </section>
      {recent.length > 0 && (
        <section aria-labelledby="recent">
          <h2 id="recent">Recently reviewed</h2>
          <ul className="card-grid">
            {recent.map((e) => (
              <li key={e.slug} className="card">
                <h3>
                  <Link href={paths.entry(e.slug)}>{e.title}</Link>
                </h3>
                <p className="muted">
                  Reviewed <time dateTime={e.lastReviewed}>{formatDate(e.lastReviewed)}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="browse">
        <h2 id="browse">Browse by category</h2>
        <CategoryTree nodes={tree} />
      </section>
    </>
  )
}
