import type { Citation } from '@/lib/content/models'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

function citationLink(c: Citation): string | undefined {
  if (c.url) return c.url
  if (c.doi) return `https://doi.org/${c.doi}`
  if (c.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${c.pmid}/`
  return undefined
}

export function ReferenceText({ citation: c }: { citation: Citation }) {
  const href = citationLink(c)
  const source = [c.journal, c.publisher].filter(Boolean).join('. ')
  return (
    <>
      {c.authors ? `${c.authors}. ` : ''}
      {href ? (
        <a href={href} rel="noopener noreferrer">
          {c.title}
        </a>
      ) : (
        <cite>{c.title}</cite>
      )}
      {source ? `. ${source}` : ''}
      {c.year ? `, ${c.year}` : ''}.{c.doi ? ` doi:${c.doi}.` : ''}
      {c.pmid ? ` PMID ${c.pmid}.` : ''}
    </>
  )
}

export function References({ references, lang = SOURCE_LANGUAGE }: { references: Citation[]; lang?: Lang }) {
  if (references.length === 0) return null
  return (
    <section aria-labelledby="references" className="references">
      <h2 id="references">{messages(lang).entry.references}</h2>
      <ol>
        {references.map((r, i) => (
          <li key={r._key} id={`ref-${i + 1}`}>
            <ReferenceText citation={r} />
          </li>
        ))}
      </ol>
    </section>
  )
}
