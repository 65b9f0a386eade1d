/**
 * The schema's validation rules run in-process, without the Content Lake: `validateDocument` from sanity with
 * a stand-in workspace whose client answers GROQ from documents in memory (groq-js). Shared by the dataset
 * checker (`npm run content:check`) and the Studio tests, so both run exactly the rules editors see.
 */
import { createSchema, validateDocument, type SanityClient, type ValidationMarker, type Workspace } from 'sanity'
import { GroqDataset } from '../lib/content/sources/groq'
import type { SanityDocument } from '../lib/content/sources/dataset'
import { schemaTypes } from './schemaTypes'
import { SLUG_OWNER_QUERY, publishedIdOf } from './validation'
import { SOURCE_LANGUAGE } from '../lib/i18n/languages'

export type PathSegment = string | number | { _key: string } | [number, number]

export interface RuleProblem {
  level: 'error' | 'warning' | 'info'
  path: string
  message: string
}

/** `codes[_key=="a1"].code`: the path notation of the dataset checker's report. */
export function formatPath(path: PathSegment[]): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'string') out += out ? `.${seg}` : seg
    else if (typeof seg === 'number') out += `[${seg}]`
    else if (Array.isArray(seg)) out += `[${seg[0]}:${seg[1]}]`
    else out += `[_key=="${seg._key}"]`
  }
  return out || '(document)'
}

/** The schema the Studio uses, compiled once per process. */
let compiled: ReturnType<typeof createSchema> | undefined
export function studioSchema() {
  compiled ??= createSchema({ name: 'default', types: schemaTypes })
  return compiled
}

/** Names of this project's document types (image asset documents belong to Sanity and are not validated). */
export const OWN_DOCUMENT_TYPES: ReadonlySet<string> = new Set(
  schemaTypes.filter((t) => t.type === 'document').map((t) => t.name),
)

/** The smallest client the schema's validation rules use, answering from the documents. */
function standInClient(dataset: GroqDataset): SanityClient {
  // Slug rules run one query per document; over thousands of documents answer them from a Map, not a scan.
  const slugOwners = new Map<string, SanityDocument[]>()
  for (const doc of dataset.documents) {
    const slug = (doc.slug as { current?: string } | undefined)?.current
    if (slug) {
      const key = `${doc._type}:${String(doc.language ?? SOURCE_LANGUAGE)}:${slug}`
      slugOwners.set(key, [...(slugOwners.get(key) ?? []), doc])
    }
  }
  // Like `sanity::versionOf($published)`: the document itself, its draft and its release versions.
  const sameDocument = (id: string, published: unknown) => publishedIdOf(id) === published
  const others = (type: unknown, slug: unknown, published: unknown, lang: unknown = SOURCE_LANGUAGE) =>
    (slugOwners.get(`${String(type)}:${String(lang)}:${String(slug)}`) ?? []).filter(
      (d) => !sameDocument(d._id, published),
    )
  const client = {
    withConfig: () => client,
    config: () => ({ projectId: 'offline', dataset: 'production', apiVersion: '2025-10-01' }),
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      // Our slug rule (sanity/validation.ts): the first other document with this slug.
      if (query === SLUG_OWNER_QUERY) {
        const owner = others(params.type, params.slug, params.published, params.lang)[0]
        return owner ? { _id: owner._id, title: owner.title ?? null } : null
      }
      // Sanity's default slug-uniqueness rule, should a slug field without our rule be added.
      if (
        /slug\.current\s*==\s*\$slug/.test(query) &&
        typeof params.slug === 'string' &&
        typeof params.docType === 'string'
      ) {
        const owners = others(params.docType, params.slug, params.published)
        return /^\s*!defined\(/.test(query) ? owners.length === 0 : owners.length
      }
      return dataset.query(query, params)
    },
  }
  // A stand-in for the few methods validation calls; the full client would need a project and the network.
  return client as unknown as SanityClient
}

/** Sanity's message for a field that the schema does not define (reported in the "cli" environment only). */
const UNKNOWN_FIELD = /^Field '.+' does not exist on type '.+'$/

export interface OfflineValidator {
  /** Every rule's markers for one document, as `{level, path, message}`. */
  validate(document: SanityDocument): Promise<RuleProblem[]>
}

/**
 * A validator over `documents` (what queries and references see). `existingIds` are the ids that count as
 * existing for reference checks (default: the documents' own ids).
 */
export function createOfflineValidator(
  documents: SanityDocument[],
  existingIds?: ReadonlySet<string>,
): OfflineValidator {
  const dataset = new GroqDataset(documents)
  const ids = existingIds ?? new Set(documents.map((d) => d._id))
  const client = standInClient(dataset)
  // validateDocument reads only the schema and the client from the workspace.
  const workspace = { schema: studioSchema(), getClient: () => client } as unknown as Workspace
  const run = (document: SanityDocument, environment: 'studio' | 'cli') =>
    validateDocument({
      // validateDocument's document type wants Sanity's system fields; ours are a structural subset.
      document: document as unknown as Parameters<typeof validateDocument>[0]['document'],
      workspace,
      environment,
      getDocumentExists: async ({ id }) => ids.has(id),
    })
  return {
    async validate(document) {
      // Levels as editors see them come from the "studio" run: in the "cli" environment sanity adds its
      // unknown-field check to every rule of an object-typed value with `.warning()`, which turns that value's
      // own rules (a slug's, an object type's) into warnings too. The "cli" run adds only that check.
      const [studio, cli] = await Promise.all([run(document, 'studio'), run(document, 'cli')])
      const markers: ValidationMarker[] = [...studio, ...cli.filter((m) => UNKNOWN_FIELD.test(m.message))]
      return markers.map((m) => ({ level: m.level, path: formatPath(m.path as PathSegment[]), message: m.message }))
    },
  }
}
