import Link from 'next/link'
import { RelationGraph } from '@/components/graph/RelationGraph'
import type { EntrySummary } from '@/lib/content/models'
import { edgeLabel, mostConnected, networkGraph } from '@/lib/graph/layout'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

/** The most entries the picture and the list show: the page stays the same size however large the encyclopedia. */
export const MAX_DRAWN = 250

/** The network (its most connected part, past MAX_DRAWN entries), drawn; the same connections listed beneath it. */
export function NetworkView({ entries, lang = SOURCE_LANGUAGE }: { entries: EntrySummary[]; lang?: Lang }) {
  const t = messages(lang).explore
  const paths = pathsIn(lang)
  // A force layout is quadratic: past a few hundred points it is slow to draw and impossible to read, so the
  // picture shows the most connected entries, and the list the same ones (A–Z has every entry).
  const drawn = mostConnected(entries, MAX_DRAWN)
  const graph = networkGraph(drawn)
  const titles = new Map(entries.map((e) => [e.slug, e.title]))
  return (
    <>
      <h1>{t.title}</h1>
      {drawn.length < entries.length && (
        <p className="muted">
          {t.partial(drawn.length, entries.length)} <Link href={paths.entries()}>{messages(lang).az.title}</Link>
        </p>
      )}
      <p className="prose">{t.intro}</p>
      <figure>
        <RelationGraph
          graph={graph}
          id="network"
          title={t.graphTitle}
          description={t.graphDescription(graph.nodes.length, graph.edges.length)}
          showEdgeLabels={false}
        />
      </figure>
      <section aria-labelledby="connections">
        <h2 id="connections">{t.connections}</h2>
        <ul className="link-list">
          {drawn
            .filter((e) => e.links.length > 0)
            .map((e) => (
              <li key={e.slug}>
                <Link href={paths.entry(e.slug)}>{e.title}</Link>
                <span className="relationship">
                  {e.links
                    .filter((l) => titles.has(l.slug))
                    .map((l) => `${titles.get(l.slug)} (${edgeLabel(l.relationship, lang)})`)
                    .join(' · ')}
                </span>
              </li>
            ))}
        </ul>
      </section>
    </>
  )
}
