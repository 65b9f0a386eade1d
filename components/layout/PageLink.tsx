import type { ReactNode } from 'react'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

interface Target {
  slug: string
  title: string
  lang: Lang
}

/**
 * A link to an entry or category page in the target's language. On a translated page, a target that is not
 * translated yet is its source-language page: the link says so ("in English") and is marked up in that
 * language (`hreflang`, `lang`), so readers and screen readers know before they follow it.
 */
export function PageLink({
  from,
  to,
  kind,
  className,
  children,
}: {
  from: Lang
  to: Target
  kind: 'entry' | 'category'
  className?: string
  children?: ReactNode
}) {
  const paths = pathsIn(to.lang)
  const href = kind === 'entry' ? paths.entry(to.slug) : paths.category(to.slug)
  if (to.lang === from)
    return (
      <a href={href} className={className}>
        {children ?? to.title}
      </a>
    )
  return (
    <>
      <a href={href} className={className} hrefLang={to.lang} lang={to.lang}>
        {children ?? to.title}
      </a>{' '}
      <span className="muted">({messages(from).language.inLanguage(messages(from).language.names[to.lang])})</span>
    </>
  )
}
