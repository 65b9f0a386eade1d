/**
 * The reading order of an entry page: which parts it has, in which order, with their anchors.
 * The table of contents, the page itself and the embed all follow this outline.
 */
import { HELP_TITLE, hasHelp } from '../domain/help'
import type { Entry } from './models'
import { SECTIONS, type SectionKey } from '../domain/sections'
import { RELATIONSHIPS, type RelationshipKind } from '../domain/relationships'

export interface OutlineItem {
  id: string
  title: string
  section?: SectionKey
}

export function hasText(blocks: Entry['sections'][SectionKey]): boolean {
  return blocks.some((b) => b.children.some((c) => c.text.trim() !== ''))
}

export function entryOutline(entry: Entry): OutlineItem[] {
  const items: OutlineItem[] = hasHelp(entry.whenToGetHelp) ? [{ id: 'help', title: HELP_TITLE }] : []
  for (const s of SECTIONS) {
    const present = hasText(entry.sections[s.key])
    const extras = s.key === 'diagnosis' && (entry.typicalTests.length > 0 || entry.differentialDiagnoses.length > 0)
    if (present || extras) items.push({ id: s.key, title: s.title, section: s.key })
  }
  if (entry.images.length || entry.videos.length) items.push({ id: 'media', title: 'Pictures and video' })
  if (relatedConditions(entry).length) items.push({ id: 'related', title: 'Related conditions' })
  if (entry.references.length) items.push({ id: 'references', title: 'References' })
  return items
}

/** Reference keys → their numbers as shown (1-based, in list order). */
export function citationNumbers(entry: Entry): Map<string, number> {
  return new Map(entry.references.map((r, i) => [r._key, i + 1]))
}

export interface RelatedCondition {
  slug: string
  title: string
  /** How the other condition relates to this one, in words from this page's point of view. */
  labels: string[]
  note?: string
  direction: 'outgoing' | 'incoming'
}

/**
 * Associated conditions "linked both ways": the links stored on this entry, then the entries that link to it
 * (shown with the inverse wording) unless the pair is already listed.
 */
export function relatedConditions(entry: Entry): RelatedCondition[] {
  const label = (kind: RelationshipKind, direction: 'forward' | 'inverse') =>
    RELATIONSHIPS.find((r) => r.kind === kind)?.[direction] ?? kind
  const out: RelatedCondition[] = []
  const seen = new Set<string>([entry.slug])
  for (const a of entry.associatedConditions) {
    if (seen.has(a.condition.slug)) continue
    seen.add(a.condition.slug)
    out.push({
      slug: a.condition.slug,
      title: a.condition.title,
      labels: [label(a.relationship, 'forward')],
      note: a.note,
      direction: 'outgoing',
    })
  }
  for (const m of entry.mentionedBy) {
    if (seen.has(m.slug)) continue
    seen.add(m.slug)
    const labels = m.relationships.map((k) => label(k, 'inverse'))
    if (m.asDifferential) labels.push(label('differentialDiagnosis', 'inverse'))
    const unique = [...new Set(labels)]
    out.push({
      slug: m.slug,
      title: m.title,
      labels: unique.length ? unique : ['Mentions this condition'],
      direction: 'incoming',
    })
  }
  return out
}
