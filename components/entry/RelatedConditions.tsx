import type { RelatedCondition } from '@/lib/content/outline'
import { egoGraph } from '@/lib/graph/layout'
import { RelationGraph } from '@/components/graph/RelationGraph'
import { paths } from '@/lib/site'

function RelatedList({ items }: { items: RelatedCondition[] }) {
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.slug}>
          <a href={paths.entry(item.slug)}>{item.title}</a>
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
  entry: { slug: string; title: string }
  items: RelatedCondition[]
}) {
  const outgoing = items.filter((i) => i.direction === 'outgoing')
  const incoming = items.filter((i) => i.direction === 'incoming')
  if (items.length === 0) return null
  const graph = egoGraph(entry, items)
  return (
    <section aria-labelledby="related">
      <h2 id="related">Related conditions</h2>
      <figure className="no-print">
        <RelationGraph
          graph={graph}
          id="related-graph"
          title={`How ${entry.title} connects to other conditions`}
          description={`${entry.title} is linked to ${items.length} condition${items.length === 1 ? '' : 's'}: ${items
            .map((i) => `${i.title} (${graph.edges.find((e) => e.from === i.slug || e.to === i.slug)?.label})`)
            .join(', ')}. The same links are listed below.`}
          showEdgeLabels={items.length <= 14}
        />
        <figcaption className="graph-legend">
          Lines: solid — occurs in, complication; dashed — risk factor; dotted — looks similar or considered in the
          diagnosis. Arrows point from the entry that records the link.
        </figcaption>
      </figure>
      {outgoing.length > 0 && (
        <>
          <h3 id="associated-conditions">Associated conditions</h3>
          <RelatedList items={outgoing} />
        </>
      )}
      {incoming.length > 0 && (
        <>
          <h3 id="mentioned-by">Entries that mention this one</h3>
          <RelatedList items={incoming} />
        </>
      )}
    </section>
  )
}
