/**
 * The dataset checker behind `npm run content:check`: everything that can be wrong with an NDJSON dataset,
 * found without the network. Each problem is `document id · field path · message`.
 *
 * 1. the file parses (line-accurate);
 * 2. the Sanity schema's own validation rules, run in-process with `validateDocument` and a client stand-in
 *    that answers GROQ from the dataset (slug uniqueness, references);
 * 3. reference integrity: no dangling references, no entry linked to itself;
 * 4. unique slugs per document type;
 * 5. the site's zod models, through the same queries the pages run;
 * 6. timestamps in order: a document cannot have changed before it was created;
 * 7. with `strictReading` (the bundled dataset), a summary above the reading-grade limit is an error, not the
 *    Studio's warning: what ships with the project must meet its own rule;
 * 8. related entries link back (a warning): when an entry lists another as associated, the other should list it.
 */
import fs from 'node:fs'
import {
  createOfflineValidator,
  formatPath,
  OWN_DOCUMENT_TYPES,
  type PathSegment,
} from '../../sanity/offline-validation'
import { createContentApi } from '../../lib/content/api'
import {
  DatasetParseError,
  parseNdjson,
  publishedView,
  resolveLocalAssets,
  type SanityDocument,
} from '../../lib/content/sources/dataset'
import { GroqDataset } from '../../lib/content/sources/groq'
import { collectContentIssues } from '../../lib/content/validate'
import { readingGradeProblem } from '../../sanity/validation'
import { LANGUAGE_IDS, SOURCE_LANGUAGE } from '../../lib/i18n/languages'

export interface Problem {
  level: 'error' | 'warning'
  document: string
  path: string
  message: string
}

export interface CheckResult {
  file: string
  documents: number
  problems: Problem[]
}

export interface CheckOptions {
  onProgress?: (done: number, total: number) => void
  /** Summaries above the reading-grade limit are errors (the bundled dataset), not warnings. */
  strictReading?: boolean
}

export async function checkDataset(file: string, options: CheckOptions = {}): Promise<CheckResult> {
  const problems: Problem[] = []
  let documents: SanityDocument[]
  try {
    documents = parseNdjson(fs.readFileSync(file, 'utf8'), file)
  } catch (error) {
    if (error instanceof DatasetParseError)
      return {
        file,
        documents: 0,
        problems: [{ level: 'error', document: `line ${error.line}`, path: '(file)', message: error.reason }],
      }
    throw error
  }
  const resolved = resolveLocalAssets(documents, '/media')
  const published = publishedView(resolved)
  const dataset = new GroqDataset(published)
  const ids = new Set(resolved.map((d) => d._id))

  // 2. Sanity's validation rules (the client stand-in answers from the published view).
  const validator = createOfflineValidator(published, ids)
  const checkable = published.filter((d) => OWN_DOCUMENT_TYPES.has(d._type))
  let done = 0
  for (const doc of checkable) {
    for (const m of await validator.validate(doc))
      problems.push({
        level: m.level === 'error' ? 'error' : 'warning',
        document: doc._id,
        path: m.path,
        message: m.message,
      })
    done++
    if (done % 250 === 0) options.onProgress?.(done, checkable.length)
  }

  // 3. References.
  for (const doc of published) {
    walkReferences(doc, [], (ref, path) => {
      if (!ids.has(ref))
        problems.push({
          level: 'error',
          document: doc._id,
          path: formatPath(path),
          message: `dangling reference: no document "${ref}"`,
        })
      else if (
        ref === doc._id &&
        doc._type === 'disease' &&
        /^(associatedConditions|differentialDiagnoses)$/.test(String(path[0]))
      )
        problems.push({
          level: 'error',
          document: doc._id,
          path: formatPath(path),
          message: 'an entry is linked to itself',
        })
    })
  }

  // 4. Unique slugs, within each language (every language has its own addresses).
  const seen = new Map<string, string>()
  for (const doc of published) {
    const slug = (doc.slug as { current?: string } | undefined)?.current
    if (!slug) continue
    const key = `${doc._type}:${String(doc.language ?? SOURCE_LANGUAGE)}:${slug}`
    const first = seen.get(key)
    if (first)
      problems.push({
        level: 'error',
        document: doc._id,
        path: 'slug',
        message: `slug "${slug}" is already used by ${first}`,
      })
    else seen.set(key, doc._id)
  }

  // 5. The site's models, through the real queries.
  const api = createContentApi((query, params) => dataset.query(query, params as never))
  await collectContentIssues(
    (issue) =>
      problems.push({
        level: 'error',
        document: issue.document,
        path: issue.path,
        message: `site model: ${issue.reason}`,
      }),
    async () => {
      for (const lang of LANGUAGE_IDS) {
        for (const slug of await api.getEntrySlugs(lang)) await api.getEntry(slug, lang)
        for (const c of await api.getCategories(lang)) await api.getCategory(c.slug, lang)
      }
    },
  )

  // 6. Timestamps (ISO 8601 in UTC, as Sanity writes them, compare as dates).
  for (const doc of resolved) {
    const created = Date.parse(String(doc._createdAt ?? ''))
    const updated = Date.parse(String(doc._updatedAt ?? ''))
    if (Number.isFinite(created) && Number.isFinite(updated) && updated < created)
      problems.push({
        level: 'error',
        document: doc._id,
        path: '_updatedAt',
        message: `changed (${String(doc._updatedAt)}) before it was created (${String(doc._createdAt)})`,
      })
  }

  // 7. The reading grade, as an error where it must hold: the Studio's own warning for the summary, raised.
  if (options.strictReading) {
    const byId = new Map(published.map((d) => [d._id, d]))
    for (const problem of problems) {
      const summary =
        problem.path === 'summary' && problem.level === 'warning' ? byId.get(problem.document)?.summary : undefined
      if (typeof summary === 'string' && problem.message === readingGradeProblem(summary)) problem.level = 'error'
    }
  }

  // 8. Associated conditions both ways. (The page shows incoming links anyway; the other entry's editors should
  // still say how the two relate from its side.) Among source-language entries: a translation's links are its
  // source's, pointing at source documents.
  const diseases = new Map(
    published
      .filter((d) => d._type === 'disease' && (d.language ?? SOURCE_LANGUAGE) === SOURCE_LANGUAGE)
      .map((d) => [d._id, d]),
  )
  const associated = (doc: SanityDocument) =>
    Array.isArray(doc.associatedConditions)
      ? (doc.associatedConditions as ({ _key?: unknown; condition?: { _ref?: unknown } } | null)[])
      : []
  for (const doc of diseases.values())
    for (const [i, a] of associated(doc).entries()) {
      const ref = a?.condition?._ref
      const target = typeof ref === 'string' ? diseases.get(ref) : undefined
      if (!target || target._id === doc._id || associated(target).some((b) => b?.condition?._ref === doc._id)) continue
      problems.push({
        level: 'warning',
        document: doc._id,
        path: formatPath(['associatedConditions', typeof a?._key === 'string' ? { _key: a._key } : i, 'condition']),
        message: `"${String(target.title ?? target._id)}" does not list this entry among its associated conditions: add the relationship from its side too.`,
      })
    }

  return { file, documents: documents.length, problems: dedupe(problems) }
}

function walkReferences(
  value: unknown,
  path: PathSegment[],
  visit: (ref: string, path: PathSegment[]) => void,
  depth = 0,
) {
  if (depth > 50 || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const key = (item as { _key?: unknown } | null)?._key
      walkReferences(item, [...path, typeof key === 'string' ? { _key: key } : i], visit, depth + 1)
    })
    return
  }
  const obj = value as Record<string, unknown>
  if (typeof obj._ref === 'string' && !obj._ref.startsWith('image-')) visit(obj._ref, path)
  for (const [k, v] of Object.entries(obj)) if (k !== '_ref') walkReferences(v, [...path, k], visit, depth + 1)
}

function dedupe(problems: Problem[]): Problem[] {
  const keys = new Set<string>()
  return problems.filter((p) => {
    const key = `${p.level}|${p.document}|${p.path}|${p.message}`
    if (keys.has(key)) return false
    keys.add(key)
    return true
  })
}
