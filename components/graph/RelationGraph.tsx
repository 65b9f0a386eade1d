import type { Graph } from '@/lib/graph/layout'
import { wrapLabel } from '@/lib/graph/layout'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'
import { pathsIn } from '@/lib/site'

const KIND_CLASS: Record<string, string> = {
  occursIn: 'edge-occurs',
  riskFactor: 'edge-risk',
  complication: 'edge-complication',
  similarPresentation: 'edge-similar',
  differentialDiagnosis: 'edge-differential',
  mentions: 'edge-mentions',
}

/**
 * A server-rendered SVG of how conditions connect. It has a title and a description for assistive technology;
 * its node links are for pointer users: the same links are in the list beside it, which keyboard and
 * screen-reader users reach instead, so the picture's links are hidden from them and kept out of the tab order.
 */
export function RelationGraph({
  graph,
  id,
  title,
  description,
  showEdgeLabels = true,
}: {
  graph: Graph
  id: string
  title: string
  description: string
  showEdgeLabels?: boolean
}) {
  const at = new Map(graph.nodes.map((n) => [n.slug, n]))
  return (
    <svg
      className="relation-graph"
      viewBox={`0 0 ${graph.width} ${graph.height}`}
      width={graph.width}
      height={graph.height}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className="edge-arrow" />
        </marker>
      </defs>
      <g className="edges">
        {graph.edges.map((e, i) => {
          const a = at.get(e.from)
          const b = at.get(e.to)
          if (!a || !b) return null
          const mx = (a.x + b.x) / 2
          const my = (a.y + b.y) / 2
          return (
            <g key={i} className={`edge ${KIND_CLASS[e.kind]}`}>
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} markerEnd={`url(#${id}-arrow)`}>
                <title>{`${a.title} — ${e.label} — ${b.title}`}</title>
              </line>
              {showEdgeLabels && (
                <text x={mx} y={my} className="edge-label" textAnchor="middle">
                  {e.label}
                </text>
              )}
            </g>
          )
        })}
      </g>
      <g className="nodes">
        {graph.nodes.map((n) => {
          const lines = wrapLabel(n.title)
          const r = n.center ? 12 : 6 + Math.min(8, n.degree ?? 2)
          return (
            <a
              key={n.slug}
              href={pathsIn(n.lang ?? SOURCE_LANGUAGE).entry(n.slug)}
              tabIndex={-1}
              aria-hidden="true"
              className={n.center ? 'node node-center' : 'node'}
            >
              <circle cx={n.x} cy={n.y} r={r} />
              <text x={n.x} y={n.y + r + 14} textAnchor="middle">
                {lines.map((line, i) => (
                  <tspan key={i} x={n.x} dy={i === 0 ? 0 : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
            </a>
          )
        })}
      </g>
    </svg>
  )
}
