/**
 * The reading order of an entry page: which parts it has, in which order, with their anchors.
 * The table of contents, the page itself and the embed all follow this outline.
 */
import { hasHelp } from '../domain/help'
import type { Entry } from './models'
import { SECTIONS, type SectionKey } from '../domain/sections'
import type { RelationshipKind } from '../domain/relationships'
import type { Lang } from '../i18n/languages'
import { messages } from '../i18n/messages'
import { relationshipLabel } from '../i18n/text'

export interface OutlineItem {
  id: string
  title: string
  section?: SectionKey
}

export function hasText(blocks: Entry['sections'][SectionKey]): boolean {
  return blocks.some((b) => b.children.some((c) => c.text.trim() !== ''))
}

/** The parts of an entry in reading order, titled in the entry's language. */
export function entryOutline(entry: Entry): OutlineItem[] {
  const t = messages(entry.lang)
  const items: OutlineItem[] = hasHelp(entry.whenToGetHelp) ? [{ id: 'help', title: t.help.title }] : []
  for (const s of SECTIONS) {
    const present = hasText(entry.sections[s.key])
    const extras = s.key === 'diagnosis' && (entry.typicalTests.length > 0 || entry.differentialDiagnoses.length > 0)
    if (present || extras) items.push({ id: s.key, title: t.sections[s.key], section: s.key })
  }
  if (entry.images.length || entry.videos.length) items.push({ id: 'media', title: t.entry.media })
  if (relatedConditions(entry).length) items.push({ id: 'related', title: t.entry.related })
  if (entry.references.length) items.push({ id: 'references', title: t.entry.references })
  return items
}

/** Reference keys → their numbers as shown (1-based, in list order). */
export function citationNumbers(entry: Entry): Map<string, number> {
  return new Map(entry.references.map((r, i) => [r._key, i + 1]))
}

export interface RelatedCondition {
  slug: string
  title: string
  /** The language of its page: the entry's own, or the source language where it is not translated yet. */
  lang: Lang
  /** The kind of the first label (the picture draws it), or a mention. */
  kind: RelationshipKind | 'mentions'
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
  const t = messages(entry.lang)
  const out: RelatedCondition[] = []
  const key = (page: { lang: Lang; slug: string }) => `${page.lang}:${page.slug}`
  const seen = new Set<string>([key(entry)])
  for (const a of entry.associatedConditions) {
    if (seen.has(key(a.condition))) continue
    seen.add(key(a.condition))
    out.push({
      slug: a.condition.slug,
      title: a.condition.title,
      lang: a.condition.lang,
      kind: a.relationship,
      labels: [relationshipLabel(t, a.relationship, 'forward')],
      note: a.note,
      direction: 'outgoing',
    })
  }
  for (const m of entry.mentionedBy) {
    if (seen.has(key(m))) continue
    seen.add(key(m))
    const kinds: RelationshipKind[] = [
      ...m.relationships,
      ...(m.asDifferential ? ['differentialDiagnosis' as const] : []),
    ]
    const unique = [...new Set(kinds.map((k) => relationshipLabel(t, k, 'inverse')))]
    out.push({
      slug: m.slug,
      title: m.title,
      lang: m.lang,
      kind: kinds[0] ?? 'mentions',
      labels: unique.length ? unique : [t.entry.mentions],
      direction: 'incoming',
    })
  }
  return out
}
