/**
 * What a publish changes: from one changed document to exactly the cache tags of the pages that show it.
 * A change to a document alters its own pages, the lists of its type, and the pages of every document it
 * links to or is linked from (their "associated conditions" and "entries that mention this one" show its
 * title). Links it had before the change count too, so a removed link disappears from the other page.
 */
import { z } from 'zod'
import { SECTIONS } from '../domain/sections'
import { TAGS, tagsForDocument } from './tags'
import type { SanityDocument } from './sources/dataset'
import { SOURCE_LANGUAGE, isLang, type Lang } from '../i18n/languages'

/**
 * The document types whose changes the site cares about. `translation.metadata` is the translation plugin's
 * record of which documents are versions of one another (the language switcher and hreflang show it).
 */
export const PUBLISHED_TYPES = ['disease', 'category', 'person', 'translation.metadata'] as const

const REFERENCE_PATHS = [
  'categories[]._ref',
  'associatedConditions[].condition._ref',
  'differentialDiagnoses[].condition._ref',
  'reviewer._ref',
  'parent._ref',
  'translatedFrom.source._ref',
  'translations[].value._ref',
  ...SECTIONS.map((s) => `${s.key}[].markDefs[_type == "entryLink"].entry._ref`),
]

/** The GROQ-powered webhook's filter and projection (docs/publishing.md shows them for setting up the webhook). */
export const WEBHOOK_FILTER = `_type in [${PUBLISHED_TYPES.map((t) => `"${t}"`).join(', ')}]`
export const WEBHOOK_PROJECTION = `{_id, _type, "slug": slug.current, "previousSlug": before().slug.current, "language": coalesce(language, before().language), "previousReferences": [${REFERENCE_PATHS.map(
  (p) => `...coalesce(before().${p}, [])`,
).join(', ')}]}`

/**
 * The largest webhook body read. A whole document (a webhook set up without the projection) fits: the largest
 * bundled entry is about 41 KB, and a long entry with many references may be a few times that.
 */
export const MAX_WEBHOOK_BODY = 256 * 1024

/** Draft ids are `drafts.<published id>`; a draft's pages are the published document's (references too: referencesOf). */
const publishedId = (id: string) => id.replace(/^drafts\./, '')

const shortText = z.string().max(200)
const documentId = z
  .string({ error: 'the document id is missing or not text' })
  .max(200)
  .regex(/^[A-Za-z0-9._-]+$/, 'not a document id')
  .transform(publishedId)
  .pipe(z.string().min(1, 'not a document id'))

/**
 * The webhook body: the projection in docs/publishing.md (`"slug": slug.current`, and the before-state), or the whole
 * document, which Sanity sends when the webhook has no projection (`slug` is then `{ current }`, and other
 * fields are left out here). Only _id and _type are required; local publishing and whole documents carry no
 * before-state, so a link the change removed is known only from the projection (or the local file).
 */
export const changeSchema = z.object({
  _id: documentId,
  _type: z.string({ error: 'the document type is missing or not text' }).min(1).max(100),
  slug: z
    .union([shortText, z.object({ current: shortText.nullish() }).transform((s) => s.current)], {
      error: 'the slug is neither text nor a slug object ({ current: text })',
    })
    .nullish(),
  previousSlug: shortText.nullish(),
  /** The document's language (the translation plugin's field); absent for the source language. */
  language: shortText.nullish(),
  previousReferences: z
    .array(shortText)
    .max(2000)
    .transform((ids) => ids.map(publishedId))
    .nullish(),
})
export type Change = z.infer<typeof changeSchema>

/** Every document id a document refers to (image assets aside), wherever the reference sits. */
export function referencesOf(doc: unknown): string[] {
  const out = new Set<string>()
  const walk = (value: unknown, depth: number) => {
    if (depth > 64 || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1))
    const obj = value as Record<string, unknown>
    if (typeof obj._ref === 'string' && !obj._ref.startsWith('image-')) out.add(publishedId(obj._ref))
    for (const v of Object.values(obj)) walk(v, depth + 1)
  }
  walk(doc, 0)
  return [...out]
}

interface LinkedDoc {
  _id: string
  _type: string
  slug?: string | null
  lang?: string | null
}

/** A language as a document or the webhook states it; one the site does not know counts as none. */
const langOf = (value: unknown): Lang => (isLang(value) ? value : SOURCE_LANGUAGE)

/** The tag of a linked document's own page (not its lists: those change only if it changes). */
function pageTag(doc: LinkedDoc): string[] {
  if (!doc.slug) return []
  if (doc._type === 'disease') return [TAGS.entry(doc.slug, langOf(doc.lang))]
  if (doc._type === 'category') return [TAGS.category(doc.slug, langOf(doc.lang))]
  return []
}

export interface RevalidationInput {
  change: Change
  /** The document as it is now (published), or null when it was deleted or unpublished. */
  current: SanityDocument | null
  /** The document before the change, when the source knows it (local mode). */
  previous?: SanityDocument | null
  /** Documents that link to the changed one, and documents it links (or linked) to. */
  linked: LinkedDoc[]
}

export function revalidationTags({ change, current, previous, linked }: RevalidationInput): string[] {
  const tags = new Set<string>()
  const slugs = [
    (current?.slug as { current?: string } | undefined)?.current,
    change.slug,
    change.previousSlug,
    (previous?.slug as { current?: string } | undefined)?.current,
  ]
  const lang = langOf(current?.language ?? change.language ?? previous?.language)
  for (const slug of new Set(slugs))
    for (const tag of tagsForDocument({ _type: change._type, slug, lang })) tags.add(tag)
  // An entry's categories show it in their lists and counts.
  if (change._type === 'disease') tags.add(TAGS.categoriesIn(lang))
  for (const doc of linked) for (const tag of pageTag(doc)) tags.add(tag)
  // Which documents are translations of which: each one's page (above) and the sitemap's alternates.
  if (change._type === 'translation.metadata')
    for (const doc of linked)
      tags.add(doc._type === 'category' ? TAGS.categoriesIn(langOf(doc.lang)) : TAGS.entriesIn(langOf(doc.lang)))
  // Insertion order: the document's own tags first, so its pages are warmed first.
  return [...tags]
}

/** The ids whose pages may show the changed document: what it links to now and what it linked to before. */
export function linkedIds(change: Change, current: SanityDocument | null, previous?: SanityDocument | null): string[] {
  return [
    ...new Set([...referencesOf(current), ...referencesOf(previous), ...(change.previousReferences ?? [])]),
  ].filter((id) => id !== change._id)
}
