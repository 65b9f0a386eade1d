import Link from 'next/link'
import { EntryList } from '@/components/lists/EntryList'
import { Pager } from '@/components/lists/Pager'
import { CATEGORY_PAGE_SIZE, pageOf } from '@/components/lists/paging'
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { PageLink } from '@/components/layout/PageLink'
import type { Category } from '@/lib/content/models'
import { documentAlternates } from '@/lib/i18n/alternates'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

/**
 * A category page: breadcrumbs, description, subcategories with entry counts, and one page of its entries
 * (CATEGORY_PAGE_SIZE), with links to the others.
 */
export function CategoryView({ category, page = 1, pages = 1 }: { category: Category; page?: number; pages?: number }) {
  const { lang } = category
  const t = messages(lang)
  const paths = pathsIn(lang)
  return (
    <>
      <nav aria-label={t.nav.breadcrumb} className="breadcrumbs">
        <ol>
          <li>
            <Link href={paths.home()}>{t.nav.home}</Link>
          </li>
          <li>
            <Link href={paths.categories()}>{t.nav.categories}</Link>
          </li>
          {category.parent && (
            <li>
              <PageLink from={lang} to={category.parent} kind="category" />
            </li>
          )}
        </ol>
      </nav>
      <LanguageSwitcher lang={lang} alternates={documentAlternates(category, 'category')} />
      <h1>{category.title}</h1>
      {category.description && <p className="lead prose">{category.description}</p>}
      {category.specialty && <p className="muted">{t.categories.specialty(category.specialty)}</p>}
      {category.children.length > 0 && (
        <section aria-labelledby="subcategories">
          <h2 id="subcategories">{t.categories.subcategories}</h2>
          <ul className="link-list">
            {category.children.map((c) => (
              <li key={c.slug}>
                <Link href={paths.category(c.slug)}>{c.title}</Link>
                <span className="relationship">{t.categories.entryCount(c.entryCount)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="entries">
        <h2 id="entries">
          {t.categories.entries}
          {pages > 1 && ` (${t.az.page(page, pages)})`}
        </h2>
        {category.entries.length ? (
          <EntryList items={pageOf(category.entries, page, CATEGORY_PAGE_SIZE)} lang={lang} />
        ) : (
          <p>{t.categories.noEntries}</p>
        )}
        <Pager page={page} pages={pages} href={(n) => paths.category(category.slug, n)} lang={lang} />
      </section>
    </>
  )
}
