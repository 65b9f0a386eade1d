import Link from 'next/link'
import { SearchBox } from '@/components/search/SearchBox'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

export function SiteHeader({ lang = SOURCE_LANGUAGE }: { lang?: Lang }) {
  const t = messages(lang)
  const paths = pathsIn(lang)
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={paths.home()} className="site-title">
          {t.site.name}
        </Link>
        <nav aria-label={t.nav.main} className="site-nav">
          <ul>
            <li>
              <Link href={paths.entries()}>{t.nav.az}</Link>
            </li>
            <li>
              <Link href={paths.categories()}>{t.nav.categories}</Link>
            </li>
            <li>
              <Link href={paths.explore()}>{t.nav.explore}</Link>
            </li>
          </ul>
        </nav>
        <SearchBox
          lang={lang}
          words={{
            label: t.search.label,
            button: t.search.button,
            placeholder: t.search.placeholder,
            suggestions: t.search.suggestions,
          }}
        />
      </div>
    </header>
  )
}
