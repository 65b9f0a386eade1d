/**
 * Positions for the two pictures of how conditions connect: one entry with its related conditions around it,
 * and the whole network (a deterministic force layout, so the same content always gives the same picture).
 */
import type { RelatedCondition } from '../content/outline'
import type { EntrySummary } from '../content/models'
import type { RelationshipKind } from '../domain/relationships'
import { SOURCE_LANGUAGE, type Lang } from '../i18n/languages'
import { messages } from '../i18n/messages'

export interface GraphNode {
  slug: string
  title: string
  /** The language of the node's page (the picture's own unless the entry is not translated yet). */
  lang?: Lang
  x: number
  y: number
  center?: boolean
  degree?: number
}

export interface GraphEdge {
  from: string
  to: string
  label: string
  kind: RelationshipKind | 'mentions'
}

export interface Graph {
  width: number
  height: number
  nodes: GraphNode[]
  edges: GraphEdge[]
}

/** Short edge labels in a language, from this entry's point of view. */
export function edgeLabel(kind: RelationshipKind | 'mentions', lang: Lang = SOURCE_LANGUAGE): string {
  const t = messages(lang)
  return kind === 'mentions' ? t.mentionsEdge : t.relationships[kind].edge
}

/** The entry in the centre, related entries on one or two rings around it. */
export function egoGraph(center: { slug: string; title: string; lang?: Lang }, related: RelatedCondition[]): Graph {
  const lang = center.lang ?? SOURCE_LANGUAGE
  const width = 900
  const perRing = 12
  const rings = related.length > perRing ? 2 : 1
  const height = rings === 2 ? 640 : 480
  const cx = width / 2
  const cy = height / 2
  const nodes: GraphNode[] = [{ slug: center.slug, title: center.title, lang, x: cx, y: cy, center: true }]
  const edges: GraphEdge[] = []
  related.forEach((r, i) => {
    const ring = rings === 2 && i % 2 === 1 ? 1 : 0
    const inRing = rings === 2 ? Math.ceil(related.length / 2) : related.length
    const index = rings === 2 ? Math.floor(i / 2) : i
    const angle = (2 * Math.PI * index) / inRing - Math.PI / 2 + (ring ? Math.PI / inRing : 0)
    // Ellipses, wider than tall, leave room for the labels under each node.
    const [rx, ry] = ring ? [350, 255] : rings === 2 ? [215, 140] : [300, 175]
    nodes.push({
      slug: r.slug,
      title: r.title,
      lang: r.lang,
      x: cx + rx * Math.cos(angle),
      y: cy + ry * Math.sin(angle),
    })
    const { kind } = r
    const label = edgeLabel(kind, lang)
    edges.push(
      r.direction === 'outgoing'
        ? { from: center.slug, to: r.slug, kind, label }
        : { from: r.slug, to: center.slug, kind, label },
    )
  })
  return { width, height, nodes, edges }
}

/** Every entry and every stored link, laid out by a fixed number of Fruchterman–Reingold steps. */
export function networkGraph(entries: EntrySummary[], size = { width: 1000, height: 760 }): Graph {
  const lang = entries[0]?.lang ?? SOURCE_LANGUAGE
  const slugs = new Set(entries.map((e) => e.slug))
  const edges: GraphEdge[] = []
  for (const e of entries)
    for (const l of e.links)
      if (slugs.has(l.slug) && l.slug !== e.slug)
        edges.push({ from: e.slug, to: l.slug, kind: l.relationship, label: edgeLabel(l.relationship, lang) })
  const degree = new Map<string, number>()
  for (const edge of edges) for (const s of [edge.from, edge.to]) degree.set(s, (degree.get(s) ?? 0) + 1)

  const n = entries.length
  const { width, height } = size
  const pos = entries.map((e, i) => ({
    slug: e.slug,
    x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / Math.max(1, n)),
    y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / Math.max(1, n)),
  }))
  const index = new Map(pos.map((p, i) => [p.slug, i]))
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.75
  let temperature = width / 8
  const steps = n > 500 ? 60 : 300
  for (let step = 0; step < steps; step++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }))
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01
        const dy = pos[i].y - pos[j].y || 0.01
        const d = Math.max(0.01, Math.hypot(dx, dy))
        const force = (k * k) / d
        disp[i].x += (dx / d) * force
        disp[i].y += (dy / d) * force
        disp[j].x -= (dx / d) * force
        disp[j].y -= (dy / d) * force
      }
    for (const e of edges) {
      const a = index.get(e.from) as number
      const b = index.get(e.to) as number
      const dx = pos[a].x - pos[b].x
      const dy = pos[a].y - pos[b].y
      const d = Math.max(0.01, Math.hypot(dx, dy))
      const force = (d * d) / k
      disp[a].x -= (dx / d) * force
      disp[a].y -= (dy / d) * force
      disp[b].x += (dx / d) * force
      disp[b].y += (dy / d) * force
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y))
      pos[i].x = Math.min(width - 90, Math.max(90, pos[i].x + (disp[i].x / d) * Math.min(d, temperature)))
      pos[i].y = Math.min(height - 40, Math.max(40, pos[i].y + (disp[i].y / d) * Math.min(d, temperature)))
    }
    temperature *= 0.985
  }
  return {
    width,
    height,
    nodes: entries.map((e, i) => ({
      slug: e.slug,
      title: e.title,
      lang: e.lang,
      x: Math.round(pos[i].x),
      y: Math.round(pos[i].y),
      degree: degree.get(e.slug) ?? 0,
    })),
    edges,
  }
}

/** Split a title into at most two lines of about `max` characters. */
export function wrapLabel(title: string, max = 18): string[] {
  if (title.length <= max) return [title]
  const words = title.split(' ')
  let first = ''
  for (const w of words) {
    if ((first ? `${first} ${w}` : w).length > max && first) break
    first = first ? `${first} ${w}` : w
  }
  const rest = title.slice(first.length).trim()
  return rest ? [first, rest.length > max + 4 ? `${rest.slice(0, max + 1)}…` : rest] : [first]
}

/** The `limit` entries with the most links (in either direction), in their original order. */
export function mostConnected(entries: EntrySummary[], limit: number): EntrySummary[] {
  if (entries.length <= limit) return entries
  const degree = new Map<string, number>()
  for (const e of entries)
    for (const l of e.links) {
      degree.set(e.slug, (degree.get(e.slug) ?? 0) + 1)
      degree.set(l.slug, (degree.get(l.slug) ?? 0) + 1)
    }
  const keep = new Set(
    [...entries]
      .sort((a, b) => (degree.get(b.slug) ?? 0) - (degree.get(a.slug) ?? 0))
      .slice(0, limit)
      .map((e) => e.slug),
  )
  return entries.filter((e) => keep.has(e.slug))
}
