import { EntryList } from '@/components/lists/EntryList'
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { LetterNav } from '@/components/lists/LetterNav'
import { AZ_PAGE_SIZE, groupByLetter, letterId, letterKey } from '@/components/lists/az'
import { getEntryIndex } from '@/lib/content'
import { listAlternates } from '@/lib/i18n/alternates'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { listMetadata } from '@/lib/seo/metadata'
import { pathsIn } from '@/lib/site'

export const entriesMetadata = (lang: Lang) => listMetadata(lang, (p) => p.entries(), messages(lang).az)

/**
 * A–Z in the language's alphabet and collation: every entry on one page while they fit (AZ_PAGE_SIZE), past
 * that the letters with their counts, each letter with pages of its own (LetterPage).
 */
export async function EntriesPage({ lang }: { lang: Lang }) {
  const index = await getEntryIndex(lang)
  const groups = groupByLetter(index, lang)
  const t = messages(lang).az
  const paged = index.length > AZ_PAGE_SIZE
  const letterPage = (letter: string) => pathsIn(lang).entriesLetter(letterKey(letter))
  return (
    <>
      <LanguageSwitcher lang={lang} alternates={listAlternates((p) => p.entries())} />
      <h1>{t.title}</h1>
      <LetterNav present={new Set(groups.map((g) => g.letter))} lang={lang} href={paged ? letterPage : undefined} />
      {groups.length === 0 && <p>{t.empty}</p>}
      {paged ? (
        <ul className="link-list">
          {groups.map((group) => (
            <li key={group.letter}>
              <a href={letterPage(group.letter)}>{t.letterTitle(group.letter)}</a>
              <span className="relationship">{t.letterCount(group.items.length)}</span>
            </li>
          ))}
        </ul>
      ) : (
        groups.map((group) => (
          <section key={group.letter} aria-labelledby={letterId(group.letter)}>
            <h2 id={letterId(group.letter)}>{group.letter}</h2>
            <EntryList items={group.items} showSummary={false} lang={lang} />
          </section>
        ))
      )}
    </>
  )
}
