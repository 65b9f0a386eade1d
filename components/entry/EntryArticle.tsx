import type { Entry } from '@/lib/content/models'
import { citationNumbers, entryOutline, hasText, relatedConditions } from '@/lib/content/outline'
import { SECTIONS } from '@/lib/domain/sections'
import { messages } from '@/lib/i18n/messages'
import { DifferentialDiagnoses, TypicalTests } from './DiagnosisExtras'
import { EntryHeader } from './EntryHeader'
import { Media } from './Media'
import { References } from './References'
import { RelatedConditions } from './RelatedConditions'
import { ReviewFooter } from './ReviewFooter'
import { RichText } from './RichText'
import { TableOfContents } from './TableOfContents'
import { TranslationNotice } from './TranslationNotice'
import { WhenToGetHelp } from './WhenToGetHelp'

/** The full entry, in reader order. Sections without text are left out. */
export function EntryArticle({ entry }: { entry: Entry }) {
  const outline = entryOutline(entry)
  const numbers = citationNumbers(entry)
  const present = new Set(outline.map((o) => o.id))
  const t = messages(entry.lang)
  return (
    <div className="entry-layout">
      <article className="prose" aria-labelledby="entry-title">
        <TranslationNotice entry={entry} />
        <EntryHeader entry={entry} />
        <WhenToGetHelp help={entry.whenToGetHelp} lang={entry.lang} />
        {SECTIONS.filter((s) => present.has(s.key)).map((s) => (
          <section key={s.key} aria-labelledby={s.key}>
            <h2 id={s.key}>{t.sections[s.key]}</h2>
            {hasText(entry.sections[s.key]) && (
              <RichText value={entry.sections[s.key]} citationNumbers={numbers} lang={entry.lang} />
            )}
            {s.key === 'overview' && entry.subtypes.length > 0 && (
              <>
                <h3 id="types">{t.entry.types}</h3>
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
                <TypicalTests tests={entry.typicalTests} lang={entry.lang} />
                <DifferentialDiagnoses items={entry.differentialDiagnoses} lang={entry.lang} />
              </>
            )}
          </section>
        ))}
        <Media entry={entry} />
        <RelatedConditions entry={entry} items={relatedConditions(entry)} />
        <References references={entry.references} lang={entry.lang} />
        <ReviewFooter entry={entry} />
      </article>
      <aside className="no-print">
        <TableOfContents items={outline} lang={entry.lang} />
      </aside>
    </div>
  )
}
