/**
 * @jest-environment jsdom
 */
import { render } from '@testing-library/react'
import { RelatedConditions } from '@/components/entry/RelatedConditions'
import { RelationGraph } from '@/components/graph/RelationGraph'
import type { Entry } from '@/lib/content/models'
import { relatedConditions } from '@/lib/content/outline'
import { egoGraph, mostConnected, networkGraph } from '@/lib/graph/layout'
import { localApi } from '../support/content'

let entry: Entry

beforeAll(async () => {
  entry = (await localApi().api.getEntry('calciphylaxis')) as Entry
})

describe('the picture of related conditions', () => {
  it('puts the entry in the centre with one linked node per related condition and a labelled edge to each', () => {
    const related = relatedConditions(entry)
    expect(related.length).toBeGreaterThan(0)
    const { container } = render(<RelatedConditions entry={entry} items={related} />)
    const svg = container.querySelector('svg.relation-graph') as SVGSVGElement
    expect(svg.getAttribute('role')).toBe('group')
    const titleId = svg.getAttribute('aria-labelledby')
    const descId = svg.getAttribute('aria-describedby')
    expect(container.querySelector(`#${titleId}`)?.textContent).toBe('How Calciphylaxis connects to other conditions')
    expect(container.querySelector(`#${descId}`)?.textContent).toMatch(
      /Calciphylaxis is linked to \d+ conditions: .*\(occurs in\)/,
    )
    const links = [...svg.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(links).toEqual(['/diseases/calciphylaxis', ...related.map((r) => `/diseases/${r.slug}`)])
    expect(svg.querySelectorAll('g.edge')).toHaveLength(related.length)
    const edgeTitles = svg.querySelectorAll('g.edge line title')
    expect(edgeTitles).toHaveLength(related.length)
    for (const title of edgeTitles)
      expect(title.textContent).toMatch(
        / — (occurs in|risk factor|complication|looks similar|differential|mentions) — /,
      )
    // The same links as a list, for keyboard and screen-reader users.
    const listed = [...container.querySelectorAll('ul.link-list a')].map((a) => a.getAttribute('href'))
    expect(listed.sort()).toEqual(related.map((r) => `/diseases/${r.slug}`).sort())
    for (const a of svg.querySelectorAll('a'))
      expect([a.getAttribute('tabindex'), a.getAttribute('aria-hidden')]).toEqual(['-1', 'true'])
  })

  it('keeps every node inside the picture', () => {
    const graph = egoGraph(entry, relatedConditions(entry))
    for (const n of graph.nodes) {
      expect(n.x).toBeGreaterThan(40)
      expect(n.x).toBeLessThan(graph.width - 40)
      expect(n.y).toBeGreaterThan(20)
      expect(n.y).toBeLessThan(graph.height - 20)
    }
  })

  it('lays out the whole network the same way every time', async () => {
    const entries = await localApi().api.getEntryIndex()
    const a = networkGraph(entries)
    const b = networkGraph(entries)
    expect(a).toEqual(b)
    expect(a.nodes).toHaveLength(entries.length)
    expect(a.edges.length).toBeGreaterThan(entries.length)
    const { container } = render(
      <RelationGraph graph={a} id="net" title="Network" description="All entries" showEdgeLabels={false} />,
    )
    expect(container.querySelectorAll('a')).toHaveLength(entries.length)
    expect(container.querySelectorAll('text.edge-label')).toHaveLength(0)
  })

  it('draws only the most connected entries of a large network, keeping their order', async () => {
    const entries = await localApi().api.getEntryIndex()
    expect(mostConnected(entries, entries.length)).toBe(entries)
    const kept = mostConnected(entries, 5)
    expect(kept).toHaveLength(5)
    expect(kept.map((e) => e.slug)).toContain('calciphylaxis')
    expect(kept).toEqual(entries.filter((e) => kept.includes(e)))
  })
})
