'use client'

import Link from 'next/link'
import { useParams } from 'next/navigation'
import { SOURCE_LANGUAGE, TRANSLATED_LANGUAGES, isLang } from '@/lib/i18n/languages'
import { FALLBACK_WORDS } from '@/lib/i18n/messages/fallback'
import { pathsIn } from '@/lib/site'

/** The language of the page being shown, from its `[lang]` segment (none: the source language). */
export function usePageLanguage() {
  const lang = useParams<{ lang?: string }>()?.lang
  return isLang(lang) && TRANSLATED_LANGUAGES.includes(lang) ? lang : SOURCE_LANGUAGE
}

/** Shown when a page cannot be rendered at all (never for a page that rendered before: that one stays served). */
export function ErrorContent({ reset }: { reset: () => void }) {
  const lang = usePageLanguage()
  const t = FALLBACK_WORDS[lang].error
  return (
    <div className="prose">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <p>
        <button type="button" onClick={reset}>
          {t.retry}
        </button>{' '}
        {t.orHome} <Link href={pathsIn(lang).home()}>{t.home}</Link>.
      </p>
    </div>
  )
}
