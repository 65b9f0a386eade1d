/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Tests validate real responses
 * against these schemas, so they stay true.
 */
import { CODE_SYSTEM_IDS } from '../content/codes'
import { RARITY_VALUES } from '../content/relationships'
import { SECTION_KEYS } from '../content/sections'
import { SITE_NAME } from '../site'

const str = { type: 'string' } as const
const nullableStr = { type: ['string', 'null'] } as const
const strings = { type: 'array', items: str } as const
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
})

const link = { url: str, apiUrl: str }

const schemas = {
  Error: obj({ error: str, parameter: str, reason: str }, ['error']),
  Code: obj({ system: { enum: CODE_SYSTEM_IDS }, systemName: str, systemUri: str, code: str, label: nullableStr }),
  EntrySummary: obj({
    slug: str,
    title: str,
    ...link,
    alternateNames: strings,
    summary: str,
    codes: { type: 'array', items: ref('Code') },
    categories: { ...strings, description: 'Category slugs.' },
    updatedAt: nullableStr,
    lastReviewed: nullableStr,
  }),
  EntryList: obj({
    data: { type: 'array', items: ref('EntrySummary') },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    total: { type: 'integer' },
    pages: { type: 'integer' },
    links: obj({ self: str, next: nullableStr, prev: nullableStr }),
  }),
  Section: obj({
    key: { enum: SECTION_KEYS },
    title: str,
    blocks: { type: 'array', items: { type: 'object' }, description: 'Portable Text blocks (https://portabletext.org).' },
    html: { ...str, description: 'The same text as HTML, links absolute.' },
  }),
  LinkedEntry: obj({ slug: str, title: str, ...link }),
  Reference: obj(
    { number: { type: 'integer' }, title: str, authors: str, journal: str, publisher: str, year: { type: 'integer' }, url: str, doi: str, pmid: str },
    ['number', 'title'],
  ),
  Image: obj({ alt: str, caption: str, credit: str, licence: str, url: str, width: { type: 'integer' }, height: { type: 'integer' } }, ['alt', 'url']),
  Entry: obj({
    slug: str,
    title: str,
    ...link,
    embedUrl: str,
    alternateNames: strings,
    summary: str,
    features: strings,
    codes: { type: 'array', items: ref('Code') },
    categories: { type: 'array', items: obj({ slug: str, title: str, url: str }) },
    rarity: { enum: [...RARITY_VALUES, null] },
    prevalence: nullableStr,
    sections: { type: 'array', items: ref('Section') },
    typicalTests: { type: 'array', items: obj({ name: str, purpose: str }) },
    differentialDiagnoses: { type: 'array', items: obj({ slug: str, title: str, ...link, distinguishingFeatures: nullableStr }) },
    relatedConditions: {
      type: 'array',
      items: obj({ slug: str, title: str, ...link, direction: { enum: ['outgoing', 'incoming'] }, labels: strings, note: nullableStr }),
    },
    references: { type: 'array', items: ref('Reference') },
    images: { type: 'array', items: ref('Image') },
    review: obj({
      lastReviewed: nullableStr,
      nextReview: nullableStr,
      reviewer: { oneOf: [{ type: 'null' }, obj({ name: str, credentials: str, affiliation: str }, ['name'])] },
    }),
    updatedAt: nullableStr,
  }),
  EntryResponse: obj({ data: ref('Entry') }),
  LookupResponse: obj({
    query: obj({ system: { enum: CODE_SYSTEM_IDS }, systemName: str, code: str }),
    data: {
      type: 'array',
      items: obj({
        slug: str,
        title: str,
        ...link,
        alternateNames: strings,
        summary: str,
        codes: { type: 'array', items: ref('Code') },
        categories: strings,
        updatedAt: nullableStr,
        lastReviewed: nullableStr,
        matchedCodes: { type: 'array', items: ref('Code') },
      }),
    },
  }),
  CategoryNode: obj({
    slug: str,
    title: str,
    url: str,
    description: nullableStr,
    specialty: nullableStr,
    entryCount: { type: 'integer' },
    children: { type: 'array', items: ref('CategoryNode') },
  }),
  CategoryTree: obj({ data: { type: 'array', items: ref('CategoryNode') } }),
}

const errors = {
  '400': { description: 'A parameter is invalid; the body names it and says why.', content: { 'application/json': { schema: ref('Error') } } },
  '503': { description: 'The content source is unavailable.', content: { 'application/json': { schema: ref('Error') } } },
}
const ok = (schema: string, description: string) => ({
  '200': { description, headers: { ETag: { schema: str } }, content: { 'application/json': { schema: ref(schema) } } },
  '304': { description: 'Not modified (If-None-Match matched the ETag).' },
  ...errors,
})
const query = (name: string, schema: unknown, description: string, required = false) => ({ name, in: 'query', required, schema, description })

export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: `${SITE_NAME} API`,
      version: '1.0.0',
      description: 'Read-only access to the encyclopedia: entries, sections, categories, and lookup by clinical code. CORS is open; responses carry ETags.',
    },
    servers: [{ url: `${origin}/api/v1` }],
    paths: {
      '/entries': {
        get: {
          summary: 'List entries, A–Z',
          parameters: [
            query('page', { type: 'integer', minimum: 1, default: 1 }, 'Page number.'),
            query('pageSize', { type: 'integer', minimum: 1, maximum: 200, default: 50 }, 'Entries per page.'),
            query('updatedSince', { type: 'string' }, 'Only entries changed at or after this ISO date or date-time.'),
          ],
          responses: ok('EntryList', 'A page of entries.'),
        },
      },
      '/entries/{slug}': {
        get: {
          summary: 'One entry',
          parameters: [
            { name: 'slug', in: 'path', required: true, schema: str },
            query('sections', { type: 'string' }, `Comma-separated sections (${SECTION_KEYS.join(', ')}) or "all" (the default).`),
          ],
          responses: { ...ok('EntryResponse', 'The entry.'), '404': { description: 'No such entry.', content: { 'application/json': { schema: ref('Error') } } } },
        },
      },
      '/lookup': {
        get: {
          summary: 'Entries by clinical code',
          description: 'For ICD-10-CM a code also finds entries coded beneath it (E83.5 finds E83.59).',
          parameters: [
            query('system', { enum: CODE_SYSTEM_IDS }, 'Coding system.', true),
            query('code', { type: 'string' }, 'The code.', true),
          ],
          responses: ok('LookupResponse', 'Matching entries (possibly none).'),
        },
      },
      '/categories': { get: { summary: 'The category tree', responses: ok('CategoryTree', 'Categories with entry counts.') } },
    },
    components: { schemas },
  }
}
