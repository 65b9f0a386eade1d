import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import type { Entry } from '@/lib/content/models'
import { documentAlternates } from '@/lib/i18n/alternates'
import { messages } from '@/lib/i18n/messages'
import { isStaleTranslation } from '@/lib/i18n/translation'
import { pathsIn } from '@/lib/site'

/**
 * Above a translated entry: the entry in the other languages, and, when the English entry was published
 * again after this translation was made from it, a notice that says so with a link to the English page.
 */
export function TranslationNotice({ entry }: { entry: Entry }) {
  const t = messages(entry.lang).language
  const source = entry.translatedFrom?.source
  return (
    <>
      <LanguageSwitcher lang={entry.lang} alternates={documentAlternates(entry, 'entry')} />
      {source && isStaleTranslation(entry) && (
        <aside className="translation-notice" role="note" aria-labelledby="translation-stale">
          <p id="translation-stale">
            <strong>{t.staleTitle}.</strong> {t.staleBody}{' '}
            <a href={pathsIn(source.lang).entry(source.slug)} hrefLang={source.lang}>
              {t.staleLink}
            </a>
          </p>
        </aside>
      )}
    </>
  )
}
