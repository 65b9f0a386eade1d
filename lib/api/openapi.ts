/**
 * The OpenAPI 3.1 description of /api/v1 (and of the Infobutton and CDS Hooks services), served at
 * /api/v1/openapi.json. Generated, not written beside the code: the components are z.toJSONSchema of the
 * response schemas the answers are typed by (schemas.ts), the query parameters are the zod schemas the
 * routes parse them with (params.ts), and the CDS request is the schema the service parses with. What is
 * written here is what only a reader needs: each operation's summary and description. Tests validate real
 * responses against this document, so it stays true.
 */
import { z } from 'zod'
import { CODE_SYSTEMS } from '../domain/codes'
import { LIMITS, PARAM, RECIPIENTS, RESPONSE_TYPES } from '../infobutton/request'
import { CDS_SERVICE } from '../cds/service'
import { CDS_LIMITS, PREFETCH_KEY, cdsRequestSchema } from '../cds/request'
import { SITE_NAME, absoluteUrl, paths } from '../site'
import { entriesListParams, entryParams, lookupParams } from './params'
import { apiRegistry } from './schemas'

const str = { type: 'string' } as const
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** JSON Schema as OpenAPI 3.1 embeds it: no $schema or $id of its own. */
function embedded(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _schema, $id: _id, ...rest } = schema
  return rest
}

/** zod writes JavaScript's safe-integer bounds on every integer; they say nothing to a client. */
const dropSafeIntegerBounds = ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum
}

function components(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(apiRegistry, {
    uri: (id) => `#/components/schemas/${id}`,
    override: dropSafeIntegerBounds,
  })
  const generated = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema)]))
  // What a request may hold (more is allowed: the service ignores what it does not read).
  const request = z.toJSONSchema(cdsRequestSchema, { io: 'input', unrepresentable: 'any' })
  return { ...generated, CdsRequest: embedded(request) }
}

/**
 * The query parameters of a route, from the object schema it parses them with: each property becomes a
 * parameter, required unless it is optional or has a default, described by its `.meta({ description })`.
 */
function queryParameters(schema: z.ZodObject): Record<string, unknown>[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, Record<string, unknown>>
    required?: string[]
  }
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property
    return { name, in: 'query', required: json.required?.includes(name) ?? false, schema: rest, description }
  })
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
/** A parameter of the Infobutton request, whose parser (lib/infobutton/request.ts) follows the HL7 guide's rules. */
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
    servers: [{ url: absoluteUrl(origin, paths.api()) }],
    paths: {
      '/entries': {
        get: {
          summary: 'List entries, A–Z',
          parameters: queryParameters(entriesListParams),
          responses: ok('EntryList', 'A page of entries.'),
        },
      },
      '/entries/{slug}': {
        get: {
          summary: 'One entry',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: str }, ...queryParameters(entryParams)],
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
          parameters: queryParameters(lookupParams),
          responses: ok('LookupResponse', 'Matching entries (possibly none).'),
        },
      },
      '/categories': {
        get: { summary: 'The category tree', responses: ok('CategoryTree', 'Categories with entry counts.') },
      },
      ...infobuttonPaths(origin),
      ...cdsPaths(origin),
    },
    components: { schemas: components() },
  }
}
