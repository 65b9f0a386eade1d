import type { Entry } from '@/lib/content/models'
import { citationNumbers, entryOutline, hasText, relatedConditions } from '@/lib/content/outline'
import { SECTIONS } from '@/lib/domain/sections'
import { DifferentialDiagnoses, TypicalTests } from './DiagnosisExtras'
import { EntryHeader } from './EntryHeader'
import { Media } from './Media'
import { References } from './References'
import { RelatedConditions } from './RelatedConditions'
import { ReviewFooter } from './ReviewFooter'
import { RichText } from './RichText'
import { TableOfContents } from './TableOfContents'
import { WhenToGetHelp } from './WhenToGetHelp'

/** The full entry, in reader order. Sections without text are left out. */
export function EntryArticle({ entry }: { entry: Entry }) {
  const outline = entryOutline(entry)
  const numbers = citationNumbers(entry)
  const present = new Set(outline.map((o) => o.id))
  return (
    <div className="entry-layout">
      <article className="prose" aria-labelledby="entry-title">
        <EntryHeader entry={entry} />
        <WhenToGetHelp help={entry.whenToGetHelp} />
        {SECTIONS.filter((s) => present.has(s.key)).map((s) => (
          <section key={s.key} aria-labelledby={s.key}>
            <h2 id={s.key}>{s.title}</h2>
            {hasText(entry.sections[s.key]) && <RichText value={entry.sections[s.key]} citationNumbers={numbers} />}
            {s.key === 'overview' && entry.subtypes.length > 0 && (
              <>
                <h3 id="types">Types</h3>
                <ul>
                  {entry.subtypes.map((t, i) => (
                    <li key={i}>
                      <strong>{t.name}</strong>
                      {t.description ? `: ${t.description}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {s.key === 'diagnosis' && (
              <>
                <TypicalTests tests={entry.typicalTests} />
                <DifferentialDiagnoses items={entry.differentialDiagnoses} />
              </>
            )}
          </section>
        ))}
        <Media entry={entry} />
        <RelatedConditions entry={entry} items={relatedConditions(entry)} />
        <References references={entry.references} />
        <ReviewFooter entry={entry} />
      </article>
      <aside className="no-print">
        <TableOfContents items={outline} />
      </aside>
    </div>
  )
}
