/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Tests validate real responses
 * against these schemas, so they stay true.
 */
import { CODE_SYSTEMS, CODE_SYSTEM_IDS } from '../domain/codes'
import { LIMITS, PARAM, RECIPIENTS, RESPONSE_TYPES } from '../infobutton/request'
import { CDS_SERVICE } from '../cds/service'
import { CDS_LIMITS, PREFETCH_KEY } from '../cds/request'
import { SUMMARY_MAX } from '../cds/cards'
import { HELP_LEVEL_KEYS } from '../domain/help'
import { REVIEW_KIND_VALUES } from '../domain/review-kinds'
import { RARITY_VALUES } from '../domain/relationships'
import { SECTION_KEYS } from '../domain/sections'
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
    blocks: {
      type: 'array',
      items: { type: 'object' },
      description: 'Portable Text blocks (https://portabletext.org).',
    },
    html: { ...str, description: 'The same text as HTML, links absolute.' },
  }),
  LinkedEntry: obj({ slug: str, title: str, ...link }),
  Reference: obj(
    {
      number: { type: 'integer' },
      title: str,
      authors: str,
      journal: str,
      publisher: str,
      year: { type: 'integer' },
      url: str,
      doi: str,
      pmid: str,
    },
    ['number', 'title'],
  ),
  Image: obj(
    {
      alt: str,
      caption: str,
      credit: str,
      licence: str,
      url: str,
      width: { type: 'integer' },
      height: { type: 'integer' },
    },
    ['alt', 'url'],
  ),
  Entry: obj({
    slug: str,
    title: str,
    ...link,
    embedUrl: str,
    alternateNames: strings,
    summary: str,
    whenToGetHelp: {
      type: 'array',
      description: 'Graded advice, most urgent first; levels without situations are left out.',
      items: obj({ level: { enum: [...HELP_LEVEL_KEYS] }, title: str, action: str, situations: strings }),
    },
    features: strings,
    codes: { type: 'array', items: ref('Code') },
    categories: { type: 'array', items: obj({ slug: str, title: str, url: str }) },
    rarity: { enum: [...RARITY_VALUES, null] },
    prevalence: nullableStr,
    sections: { type: 'array', items: ref('Section') },
    typicalTests: { type: 'array', items: obj({ name: str, purpose: str }) },
    differentialDiagnoses: {
      type: 'array',
      items: obj({ slug: str, title: str, ...link, distinguishingFeatures: nullableStr }),
    },
    relatedConditions: {
      type: 'array',
      items: obj({
        slug: str,
        title: str,
        ...link,
        direction: { enum: ['outgoing', 'incoming'] },
        labels: strings,
        note: nullableStr,
      }),
    },
    references: { type: 'array', items: ref('Reference') },
    images: { type: 'array', items: ref('Image') },
    review: obj({
      kind: {
        enum: [...REVIEW_KIND_VALUES, null],
        description:
          'editorial: checked against the cited sources, not a clinical review; clinical: by a qualified health professional; null: not recorded.',
      },
      description: { ...nullableStr, description: 'The review in plain words, as the page says it.' },
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
  '400': {
    description: 'A parameter is invalid; the body names it and says why.',
    content: { 'application/json': { schema: ref('Error') } },
  },
  '503': {
    description: 'The content source is unavailable.',
    content: { 'application/json': { schema: ref('Error') } },
  },
}
const ok = (schema: string, description: string) => ({
  '200': { description, headers: { ETag: { schema: str } }, content: { 'application/json': { schema: ref(schema) } } },
  '304': { description: 'Not modified (If-None-Match matched the ETag).' },
  ...errors,
})
const query = (name: string, schema: unknown, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  schema,
  description,
})

// ---------------------------------------------------------------- HL7 Infobutton: begin (lib/infobutton/, docs/infobutton.md)
// /api/infobutton is outside /api/v1, so its path names its own server. Its JSON is MedlinePlus Connect's
// shape of the Atom feed: attributes as plain keys, element text as `_value`, arrays for category/link/entry.
const infobuttonValue = obj({ _value: str })
const infobuttonSchemas = {
  InfobuttonText: obj({ type: { enum: ['text'] }, _value: str }),
  InfobuttonLink: obj({
    rel: { enum: ['self', 'alternate'] },
    type: str,
    href: str,
    hreflang: { enum: ['en'] },
    title: str,
  }),
  InfobuttonEntry: obj({
    lang: { enum: ['en'] },
    title: ref('InfobuttonText'),
    link: { type: 'array', items: ref('InfobuttonLink') },
    id: { ...infobuttonValue, description: "The entry page's URL." },
    updated: infobuttonValue,
    summary: {
      ...obj({ type: { enum: ['html'] }, _value: str }),
      description: 'Other names, the summary and attribution, as HTML.',
    },
    rights: ref('InfobuttonText'),
  }),
  InfobuttonFeed: obj({
    feed: obj({
      base: str,
      lang: { enum: ['en'] },
      title: ref('InfobuttonText'),
      subtitle: {
        ...ref('InfobuttonText'),
        description: 'What was asked; says so when another language than English was asked for.',
      },
      author: obj({ name: infobuttonValue, uri: infobuttonValue }),
      updated: infobuttonValue,
      category: {
        type: 'array',
        description: "The request's criteria echoed: scheme is the parameter's name, term its value.",
        items: obj({
          scheme: { enum: [PARAM.code, PARAM.codeSystem, PARAM.displayName, PARAM.recipient, PARAM.language] },
          term: str,
        }),
      },
      id: infobuttonValue,
      link: { type: 'array', items: ref('InfobuttonLink') },
      rights: ref('InfobuttonText'),
      entry: { type: 'array', maxItems: 3, items: ref('InfobuttonEntry') },
    }),
  }),
}

function infobuttonPaths(origin: string) {
  return {
    '/infobutton': {
      servers: [{ url: `${origin}/api` }],
      get: {
        summary: 'HL7 Infobutton knowledge request (as MedlinePlus Connect takes it)',
        description:
          "Parameters of the HL7 Infobutton URL-based implementation guide; the guide's other parameters (taskContext.c.c, age.v.v, …) are ignored. " +
          'Up to three entries: the code (ICD-10-CM: also codes beneath it), then the nearest ICD-10-CM parent code an entry holds, then, when no code matched, the display name. ' +
          'An unknown code or code system answers an empty feed. The same answer as a reader page: /infobutton with the same parameters.',
        parameters: [
          query(
            PARAM.code,
            { type: 'string', maxLength: LIMITS.code },
            'The code, e.g. E83.59. Required unless mainSearchCriteria.v.dn is given.',
          ),
          query(
            PARAM.codeSystem,
            { type: 'string', maxLength: LIMITS.codeSystem },
            `The code system's OID; required with a code. Held: ${CODE_SYSTEMS.filter((s) => s.oid !== undefined)
              .map((s) => `${s.oid} (${s.name})`)
              .join(', ')}.`,
          ),
          query(
            PARAM.displayName,
            { type: 'string', maxLength: LIMITS.displayName },
            'Display name, searched when no code matches.',
          ),
          query(
            PARAM.recipient,
            { enum: [...RECIPIENTS], default: 'PAT' },
            'Who will read it; echoed (the content is the same).',
          ),
          query(
            PARAM.language,
            { type: 'string', maxLength: LIMITS.language },
            'Language asked for (en, en-US, es…). Only English content exists; the subtitle says so when another language is asked for.',
          ),
          query(
            PARAM.responseType,
            { enum: [...RESPONSE_TYPES], default: 'text/xml' },
            'text/xml: Atom. application/json: the same tree as JSON. JSONP is not offered (CORS is open).',
          ),
        ],
        responses: {
          '200': {
            description: 'The matching entries (possibly none), as Atom or JSON.',
            headers: { ETag: { schema: str } },
            content: {
              'application/atom+xml': {
                schema: {
                  type: 'string',
                  description: 'An Atom feed (RFC 4287) as the HL7 Infobutton service-oriented guide lays it out.',
                },
              },
              'application/json': { schema: ref('InfobuttonFeed') },
            },
          },
          '304': { description: 'Not modified (If-None-Match matched the ETag).' },
          ...errors,
        },
      },
    },
  }
}
// ---------------------------------------------------------------- HL7 Infobutton: end

// ---------------------------------------------------------------- CDS Hooks 2.0 (lib/cds/, docs/cds-hooks.md)
// The schemas describe what this service sends; the request schema only what it reads (everything else is allowed).
const open = (properties: Record<string, unknown>, required: string[]) => ({ type: 'object', properties, required })
const cdsSchemas = {
  CdsDiscovery: obj({
    services: {
      type: 'array',
      items: obj({
        hook: str,
        id: str,
        title: str,
        description: str,
        prefetch: { type: 'object', additionalProperties: str },
        usageRequirements: str,
      }),
    },
  }),
  CdsRequest: open(
    {
      hook: { enum: [CDS_SERVICE.hook] },
      hookInstance: str,
      context: open({ patientId: str, userId: str }, ['patientId']),
      prefetch: open(
        { [PREFETCH_KEY]: { description: 'A FHIR R4 searchset Bundle of Condition resources.', type: 'object' } },
        [PREFETCH_KEY],
      ),
    },
    ['hook', 'hookInstance', 'context', 'prefetch'],
  ),
  CdsCards: obj({
    cards: {
      type: 'array',
      items: obj({
        uuid: str,
        summary: { type: 'string', maxLength: SUMMARY_MAX },
        detail: { type: 'string', description: 'Markdown; every character from content or the request is escaped.' },
        indicator: { enum: ['info'] },
        source: obj({ label: str, url: str }),
        links: { type: 'array', items: obj({ label: str, url: str, type: { enum: ['absolute'] } }) },
      }),
    },
  }),
  CdsError: obj({ error: str, field: str }, ['error']),
}
const cdsError = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('CdsError') } },
})

function cdsPaths(origin: string) {
  const servers = [{ url: origin }]
  return {
    '/cds-services': {
      servers,
      get: {
        summary: 'CDS Hooks discovery',
        responses: {
          '200': { description: 'The services.', content: { 'application/json': { schema: ref('CdsDiscovery') } } },
        },
      },
    },
    '/cds-services/{id}': {
      servers,
      post: {
        summary: `CDS Hooks service call (${CDS_SERVICE.hook})`,
        description: `Cards for the patient's coded conditions the encyclopedia holds. Reads only the prefetch "${PREFETCH_KEY}"; never calls the FHIR server; nothing is stored or logged.`,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { enum: [CDS_SERVICE.id] } }],
        requestBody: { required: true, content: { 'application/json': { schema: ref('CdsRequest') } } },
        responses: {
          '200': {
            description: 'Cards (possibly none).',
            content: { 'application/json': { schema: ref('CdsCards') } },
          },
          '400': cdsError('The body is not a request of this hook; the body names the field.'),
          '404': cdsError('No such service.'),
          '412': cdsError(`The prefetch "${PREFETCH_KEY}" is missing or null.`),
          '413': cdsError(`The body is larger than ${CDS_LIMITS.body} bytes.`),
          '415': cdsError('The body is not sent as JSON.'),
          '503': cdsError('The content source is unavailable.'),
        },
      },
    },
  }
}
// ---------------------------------------------------------------- CDS Hooks: end

export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: `${SITE_NAME} API`,
      version: '1.0.0',
      description:
        'Read-only access to the encyclopedia: entries, sections, categories, and lookup by clinical code. CORS is open; responses carry ETags.',
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
            query(
              'sections',
              { type: 'string' },
              `Comma-separated sections (${SECTION_KEYS.join(', ')}) or "all" (the default).`,
            ),
          ],
          responses: {
            ...ok('EntryResponse', 'The entry.'),
            '404': { description: 'No such entry.', content: { 'application/json': { schema: ref('Error') } } },
          },
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
      '/categories': {
        get: { summary: 'The category tree', responses: ok('CategoryTree', 'Categories with entry counts.') },
      },
      ...infobuttonPaths(origin),
      ...cdsPaths(origin),
    },
    components: { schemas: { ...schemas, ...infobuttonSchemas, ...cdsSchemas } },
  }
}
