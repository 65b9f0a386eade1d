import type { RelatedCondition } from '@/lib/content/outline'
import { egoGraph } from '@/lib/graph/layout'
import { RelationGraph } from '@/components/graph/RelationGraph'
import { PageLink } from '@/components/layout/PageLink'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

function RelatedList({ items, lang }: { items: RelatedCondition[]; lang: Lang }) {
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={`${item.lang}:${item.slug}`}>
          <PageLink from={lang} to={item} kind="entry" />
          <span className="relationship">
            {item.labels.join(' · ')}
            {item.note ? `: ${item.note}` : ''}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** Both directions of every link: what this entry links to, and which entries link to it, drawn and listed. */
export function RelatedConditions({
  entry,
  items,
}: {
  entry: { slug: string; title: string; lang: Lang }
  items: RelatedCondition[]
}) {
  const t = messages(entry.lang).entry
  const outgoing = items.filter((i) => i.direction === 'outgoing')
  const incoming = items.filter((i) => i.direction === 'incoming')
  if (items.length === 0) return null
  const graph = egoGraph(entry, items)
  return (
    <section aria-labelledby="related">
      <h2 id="related">{t.related}</h2>
      <figure className="no-print">
        <RelationGraph
          graph={graph}
          id="related-graph"
          title={t.graphTitle(entry.title)}
          description={t.graphDescription(
            entry.title,
            items.length,
            items
              .map((i) => `${i.title} (${graph.edges.find((e) => e.from === i.slug || e.to === i.slug)?.label})`)
              .join(', '),
          )}
          showEdgeLabels={items.length <= 14}
        />
        <figcaption className="graph-legend">{t.graphLegend}</figcaption>
      </figure>
      {outgoing.length > 0 && (
        <>
          <h3 id="associated-conditions">{t.associated}</h3>
          <RelatedList items={outgoing} lang={entry.lang} />
        </>
      )}
      {incoming.length > 0 && (
        <>
          <h3 id="mentioned-by">{t.mentionedBy}</h3>
          <RelatedList items={incoming} lang={entry.lang} />
        </>
      )}
    </section>
  )
}
