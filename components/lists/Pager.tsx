import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/** Links to every page of a paged list (plain links a crawler follows), with the previous and next pages. */
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
  const numbers = Array.from({ length: pages }, (_, i) => i + 1)
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
        {numbers.map((n) => (
          <li key={n}>
            {n === page ? (
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
