import type { Metadata } from 'next'
import Link from 'next/link'
import { SearchResults } from '@/components/search/SearchResults'
import { MAX_QUERY_LENGTH } from '@/lib/search/index'
import { getSearchIndex } from '@/lib/search/service'
import { paths } from '@/lib/site'

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the encyclopedia by name, other name or clinical code.',
}

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** Server-rendered results: works without JavaScript. */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : (raw ?? '')).slice(0, MAX_QUERY_LENGTH)
  const hits = q.trim() ? (await getSearchIndex()).search(q, 30) : []
  return (
    <div className="prose">
      <h1>Search</h1>
      <form action={paths.search()} method="get" role="search" className="search-form">
        <label htmlFor="search-page-q" className="visually-hidden">
          Search the encyclopedia
        </label>
        <input id="search-page-q" type="search" name="q" defaultValue={q} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">Search</button>
      </form>
      {q.trim() === '' ? (
        <p>
          Search by name, other name, symptom words or a clinical code such as E83.59. Spelling mistakes and British or
          American spellings are fine.
        </p>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {`${hits.length === 0 ? 'No results' : `${hits.length} result${hits.length === 1 ? '' : 's'}`} for “${q}”`}
          </h2>
          {hits.length === 0 && (
            <p>
              Try fewer or different words, or browse <Link href={paths.entries()}>all diseases from A to Z</Link>.
            </p>
          )}
          <SearchResults hits={hits} />
        </section>
      )}
    </div>
  )
}
