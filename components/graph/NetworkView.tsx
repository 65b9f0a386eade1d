import Link from 'next/link'
import { RelationGraph } from '@/components/graph/RelationGraph'
import type { EntrySummary } from '@/lib/content/models'
import { EDGE_LABEL, mostConnected, networkGraph } from '@/lib/graph/layout'
import { paths } from '@/lib/site'

const MAX_DRAWN = 250

/** The whole network, drawn; the same connections listed per entry beneath it. */
export function NetworkView({ entries }: { entries: EntrySummary[] }) {
  // A force layout is quadratic: past a few hundred points it is slow to draw and impossible to read, so the
  // picture shows the most connected entries (the list below has them all).
  const drawn = mostConnected(entries, MAX_DRAWN)
  const graph = networkGraph(drawn)
  const titles = new Map(entries.map((e) => [e.slug, e.title]))
  return (
    <>
      <h1>Explore how conditions connect</h1>
      {drawn.length < entries.length && (
        <p className="muted">
          The picture shows the {drawn.length} most connected of {entries.length} entries.
        </p>
      )}
      <p className="prose">
        Every entry is a point; every link an editor recorded between two entries is a line. Bigger points have more
        links. Select a point to open the entry, or use the list below the picture.
      </p>
      <figure>
        <RelationGraph
          graph={graph}
          id="network"
          title="Network of conditions in the encyclopedia"
          description={`${graph.nodes.length} entries and ${graph.edges.length} links between them. Each entry and its links are listed below the picture.`}
          showEdgeLabels={false}
        />
      </figure>
      <section aria-labelledby="connections">
        <h2 id="connections">Connections, entry by entry</h2>
        <ul className="link-list">
          {entries
            .filter((e) => e.links.length > 0)
            .map((e) => (
              <li key={e.slug}>
                <Link href={paths.entry(e.slug)}>{e.title}</Link>
                <span className="relationship">
                  {e.links
                    .filter((l) => titles.has(l.slug))
                    .map((l) => `${titles.get(l.slug)} (${EDGE_LABEL[l.relationship]})`)
                    .join(' · ')}
                </span>
              </li>
            ))}
        </ul>
      </section>
    </>
  )
}
