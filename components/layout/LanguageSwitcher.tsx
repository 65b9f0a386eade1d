import type { Alternate } from '@/lib/i18n/alternates'
import { language, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/**
 * Links to this page in the other languages, each named in its own language and marked up in it; a language
 * without a version says it is not translated yet. A plain list of links: no redirect, no script.
 */
export function LanguageSwitcher({ lang, alternates }: { lang: Lang; alternates: Alternate[] }) {
  const t = messages(lang).language
  const others = alternates.filter((a) => a.lang !== lang)
  if (others.length === 0) return null
  return (
    <nav aria-label={t.switcher} className="language-switcher">
      <span className="muted">{t.readIn}: </span>
      <ul>
        {others.map((a) => {
          const { name } = language(a.lang)
          return (
            <li key={a.lang}>
              {a.path ? (
                <a href={a.path} hrefLang={a.lang} lang={a.lang}>
                  {name}
                </a>
              ) : (
                <span className="muted">{t.notTranslated(name)}</span>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
