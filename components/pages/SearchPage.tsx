import Link from 'next/link'
import { SearchResults } from '@/components/search/SearchResults'
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { listAlternates } from '@/lib/i18n/alternates'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { MAX_QUERY_LENGTH } from '@/lib/search/index'
import { getSearchIndex } from '@/lib/search/service'
import { listMetadata } from '@/lib/seo/metadata'
import { pathsIn } from '@/lib/site'

export const searchMetadata = (lang: Lang) => listMetadata(lang, (p) => p.search(), messages(lang).search)

export type SearchParams = Promise<{ q?: string | string[] }>

/** Server-rendered results, from the language's own index: works without JavaScript. */
export async function SearchPage({ lang, searchParams }: { lang: Lang; searchParams: SearchParams }) {
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : (raw ?? '')).slice(0, MAX_QUERY_LENGTH)
  const hits = q.trim() ? (await getSearchIndex(lang)).search(q, 30) : []
  const t = messages(lang).search
  const paths = pathsIn(lang)
  return (
    <div className="prose">
      <LanguageSwitcher lang={lang} alternates={listAlternates((p) => p.search(q.trim() || undefined))} />
      <h1>{t.title}</h1>
      <form action={paths.search()} method="get" role="search" className="search-form">
        <label htmlFor="search-page-q" className="visually-hidden">
          {t.label}
        </label>
        <input id="search-page-q" type="search" name="q" defaultValue={q} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">{t.button}</button>
      </form>
      {q.trim() === '' ? (
        <p>{t.hint}</p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t.results(hits.length, q)}</h2>
          {hits.length === 0 && (
            <p>
              {t.tryOther} <Link href={paths.entries()}>{t.allAz}</Link>.
            </p>
          )}
          <SearchResults hits={hits} lang={lang} />
        </section>
      )}
    </div>
  )
}
