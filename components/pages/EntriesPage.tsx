import { EntryList } from '@/components/lists/EntryList'
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { LetterNav } from '@/components/lists/LetterNav'
import { groupByLetter, letterId } from '@/components/lists/az'
import { getEntryIndex } from '@/lib/content'
import { listAlternates } from '@/lib/i18n/alternates'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { listMetadata } from '@/lib/seo/metadata'

export const entriesMetadata = (lang: Lang) => listMetadata(lang, (p) => p.entries(), messages(lang).az)

/** A–Z in the language's alphabet and collation. */
export async function EntriesPage({ lang }: { lang: Lang }) {
  const groups = groupByLetter(await getEntryIndex(lang), lang)
  const t = messages(lang).az
  return (
    <>
      <LanguageSwitcher lang={lang} alternates={listAlternates((p) => p.entries())} />
      <h1>{t.title}</h1>
      <LetterNav present={new Set(groups.map((g) => g.letter))} lang={lang} />
      {groups.length === 0 && <p>{t.empty}</p>}
      {groups.map((group) => (
        <section key={group.letter} aria-labelledby={letterId(group.letter)}>
          <h2 id={letterId(group.letter)}>{group.letter}</h2>
          <EntryList items={group.items} showSummary={false} lang={lang} />
        </section>
      ))}
    </>
  )
}
