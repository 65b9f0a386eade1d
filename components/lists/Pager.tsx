import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pagerNumbers } from '@/components/lists/paging'

/** Links to the pages of a paged list (plain links a crawler follows): nearby pages, the first and last, previous and next. */
export function Pager({
  page,
  pages,
  href,
  lang,
}: {
  page: number
  pages: number
  href: (page: number) => string
  lang: Lang
}) {
  if (pages <= 1) return null
  const t = messages(lang).az
  return (
    <nav aria-label={t.pages} className="letter-nav pager">
      <ol>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t.previous}
            </a>
          </li>
        )}
        {pagerNumbers(page, pages).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true">…</span>
            ) : n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={href(n)} aria-label={t.page(n, pages)}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t.next}
            </a>
          </li>
        )}
      </ol>
    </nav>
  )
}
