/**
 * What the JSON API, the Infobutton feed's JSON and the CDS Hooks service send, as zod schemas. They are the
 * single description of those answers: the functions that build them (shapes.ts, lib/infobutton/feed.ts,
 * lib/cds/) are typed by them, and the OpenAPI document's components are generated from them (openapi.ts).
 * Each schema registered with an id becomes `#/components/schemas/<id>`.
 */
import { z } from 'zod'
import { CODE_SYSTEM_IDS } from '../domain/codes'
import { HELP_LEVEL_KEYS } from '../domain/help'
import { RARITY_VALUES } from '../domain/relationships'
import { REVIEW_KIND_VALUES } from '../domain/review-kinds'
import { SECTION_KEYS } from '../domain/sections'
import { LANGUAGE_IDS, type Lang } from '../i18n/languages'
import { PARAM } from '../infobutton/request'
import { SUMMARY_MAX } from '../cds/cards'

/** The schemas of the OpenAPI document's components, by id. */
export const apiRegistry = z.registry<{ id: string; description?: string }>()
const component = <T extends z.ZodType>(id: string, schema: T, description?: string): T => {
  apiRegistry.add(schema, description ? { id, description } : { id })
  return schema
}

const str = z.string()
const strings = z.array(z.string())
const nullableStr = z.string().nullable()
const links = { url: str, apiUrl: str }
const lang = z.enum(LANGUAGE_IDS as [Lang, ...Lang[]])

// ---------------------------------------------------------------- /api/v1
export const errorSchema = component(
  'Error',
  z.object({ error: str, parameter: str.optional(), reason: str.optional() }),
)

export const codeSchema = component(
  'Code',
  z.object({ system: z.enum(CODE_SYSTEM_IDS), systemName: str, systemUri: str, code: str, label: nullableStr }),
)

const entrySummaryFields = {
  slug: str,
  lang: lang.describe('The language of the entry (this version of it).'),
  title: str,
  ...links,
  alternateNames: strings,
  summary: str,
  codes: z.array(codeSchema),
  categories: strings.describe('Category slugs.'),
  updatedAt: nullableStr,
  lastReviewed: nullableStr,
}
export const entrySummarySchema = component('EntrySummary', z.object(entrySummaryFields))

export const entryListSchema = component(
  'EntryList',
  z.object({
    data: z.array(entrySummarySchema),
    lang,
    page: z.int(),
    pageSize: z.int(),
    total: z.int(),
    pages: z.int(),
    links: z.object({ self: str, next: nullableStr, prev: nullableStr }),
  }),
)

export const sectionSchema = component(
  'Section',
  z.object({
    key: z.enum(SECTION_KEYS),
    title: str,
    blocks: z.array(z.looseObject({})).describe('Portable Text blocks (https://portabletext.org).'),
    html: str.describe('The same text as HTML, links absolute.'),
  }),
)

export const referenceSchema = component(
  'Reference',
  z.object({
    number: z.int(),
    title: str,
    authors: str.optional(),
    journal: str.optional(),
    publisher: str.optional(),
    year: z.int().optional(),
    url: str.optional(),
    doi: str.optional(),
    pmid: str.optional(),
  }),
)

export const imageSchema = component(
  'Image',
  z.object({
    alt: str,
    caption: str.optional(),
    credit: str.optional(),
    licence: str.optional(),
    url: str,
    width: z.int().optional(),
    height: z.int().optional(),
  }),
)

export const translationSchema = component(
  'Translation',
  z.object({ lang, slug: str, title: str, ...links }),
  "The entry in another language (each language's own slug).",
)

export const entrySchema = component(
  'Entry',
  z.object({
    slug: str,
    lang,
    title: str,
    ...links,
    embedUrl: str,
    translations: z.array(translationSchema).describe('The same entry in the other languages it is written in.'),
    translatedFrom: z
      .object({
        ...translationSchema.shape,
        sourceUpdatedAt: nullableStr.describe('The version of the source this translation was made from.'),
        stale: z.boolean().describe('The source was published again after that version.'),
      })
      .nullable()
      .describe('For a translation: the entry it was translated from; null for an entry in the source language.'),
    alternateNames: strings,
    summary: str,
    whenToGetHelp: z
      .array(z.object({ level: z.enum(HELP_LEVEL_KEYS), title: str, action: str, situations: strings }))
      .describe('Graded advice, most urgent first; levels without situations are left out.'),
    features: strings,
    codes: z.array(codeSchema),
    categories: z.array(z.object({ slug: str, title: str, url: str })),
    rarity: z.enum(RARITY_VALUES).nullable(),
    prevalence: nullableStr,
    sections: z.array(sectionSchema),
    typicalTests: z.array(z.object({ name: str, purpose: str })),
    differentialDiagnoses: z.array(
      z.object({ slug: str, lang, title: str, ...links, distinguishingFeatures: nullableStr }),
    ),
    relatedConditions: z.array(
      z.object({
        slug: str,
        lang: lang.describe('Not the entry’s own language where the condition is not translated yet.'),
        title: str,
        ...links,
        direction: z.enum(['outgoing', 'incoming']),
        labels: strings,
        note: nullableStr,
      }),
    ),
    references: z.array(referenceSchema),
    images: z.array(imageSchema),
    review: z.object({
      kind: z
        .enum(REVIEW_KIND_VALUES)
        .nullable()
        .describe(
          'editorial: checked against the cited sources, not a clinical review; clinical: by a qualified health professional; null: not recorded.',
        ),
      description: nullableStr.describe('The review in plain words, as the page says it.'),
      lastReviewed: nullableStr,
      nextReview: nullableStr,
      reviewer: z.object({ name: str, credentials: str.optional(), affiliation: str.optional() }).nullable(),
    }),
    updatedAt: nullableStr,
  }),
)

export const entryResponseSchema = component('EntryResponse', z.object({ data: entrySchema }))

export const lookupResponseSchema = component(
  'LookupResponse',
  z.object({
    query: z.object({ system: z.enum(CODE_SYSTEM_IDS), systemName: str, code: str, lang }),
    data: z.array(z.object({ ...entrySummaryFields, matchedCodes: z.array(codeSchema) })),
  }),
)

export interface ApiCategoryNode {
  slug: string
  title: string
  url: string
  description: string | null
  specialty: string | null
  entryCount: number
  children: ApiCategoryNode[]
}
export const categoryNodeSchema: z.ZodType<ApiCategoryNode> = component(
  'CategoryNode',
  z.object({
    slug: str,
    title: str,
    url: str,
    description: nullableStr,
    specialty: nullableStr,
    entryCount: z.int(),
    get children() {
      return z.array(categoryNodeSchema)
    },
  }),
)

export const categoryTreeSchema = component('CategoryTree', z.object({ data: z.array(categoryNodeSchema) }))

// ---------------------------------------------------------------- HL7 Infobutton (lib/infobutton/, docs/infobutton.md)
// MedlinePlus Connect's JSON shape of the Atom feed: attributes as plain keys, element text as `_value`,
// arrays for category/link/entry.
const infobuttonValue = z.object({ _value: str })
const infobuttonText = component('InfobuttonText', z.object({ type: z.literal('text'), _value: str }))
const infobuttonLink = component(
  'InfobuttonLink',
  z.object({ rel: z.enum(['self', 'alternate']), type: str, href: str, hreflang: z.literal('en'), title: str }),
)
const infobuttonEntry = component(
  'InfobuttonEntry',
  z.object({
    lang: z.literal('en'),
    title: infobuttonText,
    link: z.array(infobuttonLink),
    id: infobuttonValue.describe("The entry page's URL."),
    updated: infobuttonValue,
    summary: z
      .object({ type: z.literal('html'), _value: str })
      .describe('Other names, the summary and attribution, as HTML.'),
    rights: infobuttonText,
  }),
)
export const infobuttonFeedSchema = component(
  'InfobuttonFeed',
  z.object({
    feed: z.object({
      base: str,
      lang: z.literal('en'),
      title: infobuttonText,
      subtitle: infobuttonText.describe('What was asked; says so when another language than English was asked for.'),
      author: z.object({ name: infobuttonValue, uri: infobuttonValue }),
      updated: infobuttonValue,
      category: z
        .array(
          z.object({
            scheme: z.enum([PARAM.code, PARAM.codeSystem, PARAM.displayName, PARAM.recipient, PARAM.language]),
            term: str,
          }),
        )
        .describe("The request's criteria echoed: scheme is the parameter's name, term its value."),
      id: infobuttonValue,
      link: z.array(infobuttonLink),
      rights: infobuttonText,
      entry: z.array(infobuttonEntry).max(3),
    }),
  }),
)

// ---------------------------------------------------------------- CDS Hooks 2.0 (lib/cds/, docs/cds-hooks.md)
// What the service sends; the request's schema is the one the service parses with (lib/cds/request.ts).
export const cdsDiscoverySchema = component(
  'CdsDiscovery',
  z.object({
    services: z.array(
      z.object({
        hook: str,
        id: str,
        title: str,
        description: str,
        prefetch: z.record(z.string(), z.string()),
        usageRequirements: str,
      }),
    ),
  }),
)

export const cdsCardSchema = z.object({
  uuid: str,
  summary: z.string().max(SUMMARY_MAX),
  detail: str.describe('Markdown; every character from content or the request is escaped.'),
  indicator: z.literal('info'),
  source: z.object({ label: str, url: str }),
  links: z.array(z.object({ label: str, url: str, type: z.literal('absolute') })),
})
export const cdsCardsSchema = component('CdsCards', z.object({ cards: z.array(cdsCardSchema) }))
export const cdsErrorSchema = component('CdsError', z.object({ error: str, field: str.optional() }))
