/**
 * The shapes pages receive. Every query result is parsed with these at the content boundary, and the page
 * types are inferred from them: components never see raw documents.
 */
import { z } from 'zod'
import { CODE_SYSTEM_IDS, codeFormatProblem } from '../domain/codes'
import { DOI_PATTERN, PMID_PATTERN } from '../domain/citations'
import { DATE_TIME, isCalendarDateTime } from '../domain/dates'
import { isAllowedImageUrl } from './images'
import { isSafeHref } from '../domain/links'
import {
  ANNOTATION_TYPE_NAMES,
  BLOCK_STYLE_VALUES,
  DECORATOR_VALUES,
  LIST_TYPE_VALUES,
  isBlockStyle,
  isDecorator,
  type AnnotationType,
  type BlockStyle,
} from '../domain/portable-text'
import { RARITY_VALUES, RELATIONSHIP_KINDS } from '../domain/relationships'
import { SECTIONS, type SectionKey } from '../domain/sections'
import { VIDEO_PROVIDER_IDS, videoIdProblem } from '../domain/video'
import { optional, quoted, reportWhileParsing, resolved, softArray } from './validate'
import { splitEditLink } from './stega'
import { HELP_LIMITS } from '../domain/help'
import { REVIEW_KIND_VALUES } from '../domain/review-kinds'
import { LANGUAGE_IDS, SOURCE_LANGUAGE, type Lang } from '../i18n/languages'

// Bidirectional overrides and isolates can make text display differently from what it says; C0 controls
// other than tab and newline have no place in content.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g

/**
 * Prose, bounded and tidied as readers see it. In a draft preview the string may end in an invisible edit
 * link (lib/content/stega.ts): the bound and the tidying apply to the visible text, and the link is kept.
 */
const prose = (max: number, tidy: (visible: string) => string) =>
  z
    .string()
    .refine((s) => splitEditLink(s)[0].length <= max, `longer than ${max} characters`)
    .transform((s) => {
      const [visible, editLink] = splitEditLink(s)
      return tidy(visible) + editLink
    })

/** Text as readers will see it: unsafe control characters removed, length bounded. */
export const text = (max: number) => prose(max, (s) => s.replace(UNSAFE_CHARS, '').trim())

const requiredText = (max: number) => text(max).pipe(z.string().refine((s) => splitEditLink(s)[0].length > 0, 'empty'))

/** A span's text: like `text`, but not trimmed, since the space between two spans belongs to one of them. */
const spanText = (max: number) => prose(max, (s) => s.replace(UNSAFE_CHARS, ''))

export const slugSchema = z
  .string()
  .max(96, 'slug longer than 96 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case letters, digits and single hyphens')

/** A document's language as the queries project it (`coalesce(language, source)`); an unknown one is left out. */
export const langSchema = z.enum(LANGUAGE_IDS as [Lang, ...Lang[]])
const linkLang = langSchema.catch(SOURCE_LANGUAGE)

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd')
  .refine(isCalendarDateTime, 'not a date that exists')
/** Sanity's own timestamps (_updatedAt), which reach the API and JSON-LD. */
const timestamp = z
  .string()
  .max(40)
  .regex(DATE_TIME, 'not an ISO date and time')
  .refine(isCalendarDateTime, 'not a date that exists')

// ---------------------------------------------------------------- Portable Text
// Only what lib/domain/portable-text.ts allows gets through: anything else is left out (or shown as a plain
// paragraph) and reported, so no renderer, ours or an API client's, meets a style, list or mark it does not know.

// While a block's text is parsed: the keys of its valid annotations (a span's marks may name only these or a
// decorator) and of those left out, whose marks go without a second log line.
// Safe as module state only because these schemas parse synchronously: no other block can run in between.
let annotationsInScope: { valid: ReadonlySet<string>; leftOut: ReadonlySet<string> } = {
  valid: new Set(),
  leftOut: new Set(),
}

function isKnownMark(mark: string): boolean {
  if (isDecorator(mark) || annotationsInScope.valid.has(mark)) return true
  if (annotationsInScope.leftOut.has(mark)) return false
  reportWhileParsing(
    'marks',
    `mark ${quoted(mark)} is neither a text style the schema allows (${DECORATOR_VALUES.join(', ')}) nor one of this block's annotations; mark left out, text kept`,
  )
  return false
}

const span = z.object({
  _type: z.literal('span', {
    error: (issue) => `${quoted(issue.input)} is not text, and the schema allows no inline objects`,
  }),
  _key: z.string().max(100).optional(),
  text: spanText(20_000),
  marks: softArray(z.string().max(100), 'marks').transform((marks) => marks.filter(isKnownMark)),
})

const spans = softArray(span, 'children', { max: 500 })

const markDef = z.discriminatedUnion(
  '_type',
  [
    z.object({
      _type: z.literal('link' satisfies AnnotationType),
      _key: z.string().max(100),
      href: z.string().max(2048).refine(isSafeHref, 'link is not http(s), mailto or a site path'),
    }),
    z.object({
      _type: z.literal('entryLink' satisfies AnnotationType),
      _key: z.string().max(100),
      slug: slugSchema,
      lang: linkLang,
      title: text(200).optional(),
    }),
    z.object({
      _type: z.literal('cite' satisfies AnnotationType),
      _key: z.string().max(100),
      reference: z.string().max(100),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `annotation type ${quoted((issue.input as { _type?: unknown } | undefined)?._type)} is not one the schema allows (${ANNOTATION_TYPE_NAMES.join(', ')})`
        : undefined,
  },
)

const annotations = softArray(markDef, 'markDefs', { max: 200 })

function keysOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((def: unknown) => {
    const key = typeof def === 'object' && def !== null ? (def as { _key?: unknown })._key : undefined
    return typeof key === 'string' ? [key] : []
  })
}

const blockStyle = z.unknown().transform((style): BlockStyle => {
  // A block without a style is a paragraph in Portable Text.
  if (style === undefined || style === null) return 'normal'
  if (isBlockStyle(style)) return style
  reportWhileParsing(
    'style',
    `style ${quoted(style)} is not one the schema allows (${BLOCK_STYLE_VALUES.join(', ')}); shown as a paragraph`,
  )
  return 'normal'
})

const listType = z.enum(LIST_TYPE_VALUES, {
  error: (issue) =>
    `list type ${quoted(issue.input)} is not one the schema allows (${LIST_TYPE_VALUES.join(', ')}), so the text is not shown as a list`,
})

const block = z
  .object({
    _type: z.literal('block', {
      error: (issue) => `${quoted(issue.input)} is not a kind of block the schema allows (only text)`,
    }),
    _key: z.string().max(100),
    style: blockStyle,
    listItem: optional(listType, 'listItem'),
    level: optional(z.number().int().min(1).max(6), 'level'),
    // Both parsed below: the text needs to know which annotations are valid.
    children: z.unknown(),
    markDefs: z.unknown(),
  })
  .transform(({ _type, _key, style, listItem, level, children, markDefs: rawMarkDefs }) => {
    const markDefs = annotations.parse(rawMarkDefs)
    const valid = new Set(markDefs.map((d) => d._key))
    const outer = annotationsInScope
    annotationsInScope = { valid, leftOut: new Set(keysOf(rawMarkDefs).filter((key) => !valid.has(key))) }
    try {
      return { _type, _key, style, listItem, level, children: spans.parse(children), markDefs }
    } finally {
      annotationsInScope = outer
    }
  })

export const portableTextSchema = softArray(block, 'blocks', { max: 500 })
export type Block = z.output<typeof block>
export type PortableTextBody = Block[]

// ---------------------------------------------------------------- parts of an entry

export const medicalCodeSchema = z
  .object({ system: z.enum(CODE_SYSTEM_IDS), code: z.string().trim().max(40), label: text(300).nullish() })
  .superRefine((c, ctx) => {
    const problem = codeFormatProblem(c.system, c.code)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['code'] })
  })
  .transform((c) => ({ system: c.system, code: c.code, label: c.label || undefined }))
export type MedicalCode = z.output<typeof medicalCodeSchema>

export const linkedEntrySchema = z.object({
  _id: z.string(),
  title: requiredText(200),
  slug: slugSchema,
  /** The language of the page linked to: the page's own, or the source language where it has no translation. */
  lang: linkLang,
})
export type LinkedEntry = z.output<typeof linkedEntrySchema>

const pageRefSchema = z.object({ title: requiredText(200), slug: slugSchema, lang: linkLang })
const categoryRefSchema = z.object({
  _id: z.string(),
  title: requiredText(200),
  slug: slugSchema,
  lang: linkLang,
  parent: optional(pageRefSchema, 'parent'),
})

/** The versions of a document in every language (its own among them), for hreflang and the language switcher. */
const translationsSchema = softArray(
  z.object({ lang: langSchema, title: requiredText(200), slug: slugSchema }),
  'translations',
  {
    max: 50,
  },
)

/** Which version of its source a translation was made from, and the source as it is now. */
const translatedFromSchema = z.object({
  sourceUpdatedAt: optional(timestamp, 'translatedFrom.sourceUpdatedAt'),
  source: optional(pageRefSchema.extend({ _updatedAt: optional(timestamp, '_updatedAt') }), 'translatedFrom.source'),
})

export const citationSchema = z.object({
  _key: z.string().max(100),
  authors: optional(text(1000), 'authors'),
  title: requiredText(1000),
  journal: optional(text(300), 'journal'),
  publisher: optional(text(300), 'publisher'),
  year: optional(z.number().int().min(1800).max(2100), 'year'),
  url: optional(
    z
      .string()
      .max(2048)
      .refine((u) => /^https?:\/\//.test(u) && isSafeHref(u), 'not an http(s) URL'),
    'url',
  ),
  doi: optional(z.string().regex(DOI_PATTERN, 'not a DOI'), 'doi'),
  pmid: optional(z.string().regex(PMID_PATTERN, 'not a PMID'), 'pmid'),
})
export type Citation = z.output<typeof citationSchema>

const imageSchema = z.object({
  // Diagrams need a full description; 600 characters fits one without becoming an essay.
  alt: requiredText(600),
  caption: optional(text(500), 'caption'),
  credit: optional(text(300), 'credit'),
  licence: optional(text(300), 'licence'),
  // Only the site's /media files or Sanity's image CDN for this project: the API passes the URL on as it is.
  url: z
    .string()
    .max(2048)
    .refine(
      (url) => isAllowedImageUrl(url),
      'the picture is neither a /media file nor on Sanity’s image CDN for this project',
    ),
  width: optional(z.number().int().positive().max(20_000), 'width'),
  height: optional(z.number().int().positive().max(20_000), 'height'),
})
export type EntryImage = z.output<typeof imageSchema>

const videoSchema = z
  .object({ provider: z.enum(VIDEO_PROVIDER_IDS), videoId: z.string().max(40), title: requiredText(300) })
  .superRefine((v, ctx) => {
    const problem = videoIdProblem(v.provider, v.videoId)
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['videoId'] })
  })
export type EntryVideo = z.output<typeof videoSchema>

const sectionsShape = Object.fromEntries(SECTIONS.map((s) => [s.key, softArray(block, s.key, { max: 500 })])) as Record<
  SectionKey,
  typeof portableTextSchema
>

/** "When to get help" (lib/domain/help.ts): a level that is missing or invalid is an empty list. */
const helpLevel = (name: string) =>
  softArray(requiredText(HELP_LIMITS.itemLength), name, { max: HELP_LIMITS.itemsPerLevel })
const whenToGetHelpSchema = z.object({
  emergency: helpLevel('whenToGetHelp.emergency'),
  urgent: helpLevel('whenToGetHelp.urgent'),
  routine: helpLevel('whenToGetHelp.routine'),
})

// ---------------------------------------------------------------- documents

export const entrySchema = z.object({
  _id: z.string().max(200),
  _updatedAt: optional(timestamp, '_updatedAt'),
  lang: langSchema,
  translations: translationsSchema,
  translatedFrom: optional(translatedFromSchema, 'translatedFrom'),
  title: requiredText(200),
  slug: slugSchema,
  alternateNames: softArray(requiredText(200), 'alternateNames', { max: 100 }),
  summary: requiredText(5000),
  whenToGetHelp: optional(whenToGetHelpSchema, 'whenToGetHelp'),
  features: softArray(requiredText(500), 'features', { max: 100 }),
  categories: softArray(resolved(categoryRefSchema), 'categories', { max: 50 }),
  codes: softArray(medicalCodeSchema, 'codes', { max: 50 }),
  subtypes: softArray(
    z.object({ name: requiredText(200), description: optional(text(2000), 'description') }),
    'subtypes',
  ),
  rarity: optional(z.enum(RARITY_VALUES), 'rarity'),
  prevalence: optional(text(500), 'prevalence'),
  sections: z.object(sectionsShape),
  typicalTests: softArray(z.object({ name: requiredText(200), purpose: requiredText(1000) }), 'typicalTests'),
  differentialDiagnoses: softArray(
    z.object({
      condition: resolved(linkedEntrySchema),
      distinguishingFeatures: optional(text(1000), 'distinguishingFeatures'),
    }),
    'differentialDiagnoses',
  ),
  associatedConditions: softArray(
    z.object({
      relationship: z.enum(RELATIONSHIP_KINDS),
      note: optional(text(500), 'note'),
      condition: resolved(linkedEntrySchema),
    }),
    'associatedConditions',
  ),
  mentionedBy: softArray(
    linkedEntrySchema.extend({
      relationships: softArray(z.enum(RELATIONSHIP_KINDS), 'relationships'),
      asDifferential: z.boolean().catch(false),
    }),
    'mentionedBy',
  ),
  images: softArray(imageSchema, 'images', { max: 50 }),
  videos: softArray(videoSchema, 'videos', { max: 20 }),
  references: softArray(citationSchema, 'references', { max: 300 }),
  lastReviewed: optional(isoDate, 'lastReviewed'),
  nextReview: optional(isoDate, 'nextReview'),
  reviewKind: optional(z.enum(REVIEW_KIND_VALUES), 'reviewKind'),
  reviewer: optional(
    z.object({
      name: requiredText(200),
      credentials: optional(text(200), 'credentials'),
      affiliation: optional(text(200), 'affiliation'),
    }),
    'reviewer',
  ),
})
export type Entry = z.output<typeof entrySchema>
export type AssociatedCondition = Entry['associatedConditions'][number]

export const entrySummarySchema = z.object({
  _id: z.string().max(200),
  _updatedAt: optional(timestamp, '_updatedAt'),
  lang: langSchema,
  title: requiredText(200),
  slug: slugSchema,
  alternateNames: softArray(requiredText(200), 'alternateNames', { max: 100 }),
  summary: requiredText(5000),
  whenToGetHelp: optional(whenToGetHelpSchema, 'whenToGetHelp'),
  codes: softArray(medicalCodeSchema, 'codes', { max: 50 }),
  categories: softArray(slugSchema, 'categories', { max: 50 }),
  rarity: optional(z.enum(RARITY_VALUES), 'rarity'),
  lastReviewed: optional(isoDate, 'lastReviewed'),
  nextReview: optional(isoDate, 'nextReview'),
  links: softArray(z.object({ relationship: z.enum(RELATIONSHIP_KINDS), slug: slugSchema }), 'links'),
})
export type EntrySummary = z.output<typeof entrySummarySchema>
/** The fields of an index row without which the lists leave the entry out (the others drop item by item). */
export const entryShownSchema = entrySummarySchema.pick({
  _id: true,
  lang: true,
  title: true,
  slug: true,
  summary: true,
})

export const categorySummarySchema = z.object({
  _id: z.string().max(200),
  title: requiredText(200),
  slug: slugSchema,
  description: optional(text(2000), 'description'),
  specialty: optional(text(200), 'specialty'),
  parent: optional(z.string().max(200), 'parent'),
  entryCount: z.number().int().min(0).catch(0),
})
export type CategorySummary = z.output<typeof categorySummarySchema>

export const categorySchema = z.object({
  _id: z.string().max(200),
  lang: langSchema,
  translations: translationsSchema,
  title: requiredText(200),
  slug: slugSchema,
  description: optional(text(2000), 'description'),
  specialty: optional(text(200), 'specialty'),
  parent: optional(pageRefSchema, 'parent'),
  children: softArray(
    z.object({
      title: requiredText(200),
      slug: slugSchema,
      description: optional(text(2000), 'description'),
      entryCount: z.number().int().min(0).catch(0),
    }),
    'children',
  ),
  entries: softArray(
    z.object({ _id: z.string(), title: requiredText(200), slug: slugSchema, summary: requiredText(5000) }),
    'entries',
    {
      max: 20_000,
    },
  ),
})
export type Category = z.output<typeof categorySchema>

const linkedDocSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  slug: z.string().nullish(),
  lang: z.string().nullish(),
})

export const changedDocumentSchema = z.object({
  current: z.object({ _id: z.string(), _type: z.string() }).passthrough().nullish(),
  referencedBy: z.array(linkedDocSchema),
  // A dangling reference in the translation metadata resolves to null.
  translations: z.array(linkedDocSchema.nullable()).transform((docs) => docs.filter((d) => d !== null)),
})

export const documentsByIdSchema = z.array(linkedDocSchema)

/** A set of translations: each version's type, language and slug (a dangling or invalid one is left out). */
export const translationSetsSchema = z
  .array(
    z.object({
      versions: z
        .array(z.object({ _type: z.string(), lang: langSchema, slug: slugSchema }).nullable().catch(null))
        .nullable()
        .transform((v) => (v ?? []).filter((d) => d !== null)),
    }),
  )
  .catch([])
export type TranslationSet = z.output<typeof translationSetsSchema>[number]
