import type { Metadata } from 'next'
import { EntryList } from '@/components/lists/EntryList'
import { LetterNav } from '@/components/lists/LetterNav'
import { getEntryIndex } from '@/lib/content'
import { groupByLetter } from '@/components/lists/az'
import { paths } from '@/lib/site'

export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Diseases A–Z',
  description: 'Every disease entry in the encyclopedia, from A to Z.',
  alternates: { canonical: paths.entries() },
}

export default async function EntriesPage() {
  const groups = groupByLetter(await getEntryIndex())
  return (
    <>
      <h1>Diseases A–Z</h1>
      <LetterNav present={new Set(groups.map((g) => g.letter))} />
      {groups.length === 0 && <p>There are no entries yet.</p>}
      {groups.map((group) => (
        <section key={group.letter} aria-labelledby={`letter-${group.letter === '#' ? 'other' : group.letter}`}>
          <h2 id={`letter-${group.letter === '#' ? 'other' : group.letter}`}>{group.letter}</h2>
          <EntryList items={group.items} showSummary={false} />
        </section>
      ))}
    </>
  )
}
