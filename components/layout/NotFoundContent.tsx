import Link from 'next/link'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { FALLBACK_WORDS } from '@/lib/i18n/messages/fallback'
import { pathsIn } from '@/lib/site'

export function NotFoundContent({ lang = SOURCE_LANGUAGE }: { lang?: Lang }) {
  const t = FALLBACK_WORDS[lang]
  const paths = pathsIn(lang)
  return (
    <div className="prose">
      <h1>{t.notFound.title}</h1>
      <p className="lead">{t.notFound.lead}</p>
      <form action={paths.search()} method="get" role="search" className="search-form not-found-search">
        <label htmlFor="not-found-search">{t.search.label}</label>
        <input id="not-found-search" type="search" name="q" />
        <button type="submit">{t.search.button}</button>
      </form>
      <p>
        {t.notFound.browse} <Link href={paths.entries()}>{t.notFound.allAz}</Link>
        {t.notFound.orHome} <Link href={paths.home()}>{t.notFound.home}</Link>.
      </p>
    </div>
  )
}
