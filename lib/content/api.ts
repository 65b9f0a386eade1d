/**
 * The content vocabulary of the site: functions named for what they return. Pages, routes, feeds and the
 * API call these, never a client or a query. `createContentApi` takes the function that runs a query
 * (cached with tags in the site, direct in scripts and tests), so every caller gets the same parsing.
 */
import {
  CATEGORIES_QUERY,
  CATEGORY_QUERY,
  ENTRY_INDEX_QUERY,
  ENTRY_SUMMARIES_QUERY,
  ENTRY_QUERY,
  ENTRY_SLUGS_QUERY,
  CHANGED_DOCUMENT_QUERY,
  DOCUMENTS_BY_ID_QUERY,
} from './queries'
import {
  categorySchema,
  categorySummarySchema,
  entrySchema,
  entrySummarySchema,
  changedDocumentSchema,
  documentsByIdSchema,
  slugSchema,
  type Category,
  type CategorySummary,
  type Entry,
  type EntrySummary,
} from './models'
import { isDecorator } from '../domain/portable-text'
import { parseDocument, parseDocuments, reportContentIssue } from './validate'
import { TAGS } from './tags'
import type { QueryParams } from './sources/types'
import { linkedIds, revalidationTags, type Change } from './publishing'
import type { SanityDocument } from './sources/dataset'

export type QueryRunner = (query: string, params: QueryParams, tags: string[]) => Promise<unknown>

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
export const byTitle = (a: { title: string }, b: { title: string }) => collator.compare(a.title, b.title)

export interface CategoryNode extends CategorySummary {
  children: CategoryNode[]
}

export function isValidSlug(slug: string): boolean {
  return slugSchema.safeParse(slug).success
}

export function createContentApi(run: QueryRunner) {
  async function getEntry(slug: string): Promise<Entry | null> {
    if (!isValidSlug(slug)) return null
    const raw = await run(ENTRY_QUERY, { slug }, [TAGS.entry(slug)])
    if (raw === null || raw === undefined) return null
    const entry = parseDocument(entrySchema, raw, { query: `entry ${slug}` })
    if (!entry) return null
    // A link may point at an entry that exists but is itself invalid (left out everywhere): drop such links
    // so that every link on the page resolves. Only the index rows of this entry and its link targets are
    // read and checked, not the whole index (which costs a second at 10,000 entries).
    const slugs = [...new Set([entry.slug, ...linkedSlugs(entry)])]
    const rows = await run(ENTRY_SUMMARIES_QUERY, { slugs }, [TAGS.entries])
    const valid = new Set(
      parseDocuments(entrySummarySchema, rows, { query: `links of entry ${slug}` }).map((e) => e.slug),
    )
    if (!valid.has(entry.slug)) return null
    return withoutDeadLinks(entry, valid)
  }

  async function getEntryIndex(): Promise<EntrySummary[]> {
    const raw = await run(ENTRY_INDEX_QUERY, {}, [TAGS.entries])
    return dedupeBySlug(parseDocuments(entrySummarySchema, raw, { query: 'entry index' })).sort(byTitle)
  }

  async function getEntrySlugs(): Promise<string[]> {
    const raw = await run(ENTRY_SLUGS_QUERY, {}, [TAGS.entries])
    if (!Array.isArray(raw)) return []
    return [...new Set(raw.filter((s): s is string => typeof s === 'string' && isValidSlug(s)))]
  }

  async function getCategory(slug: string): Promise<Category | null> {
    if (!isValidSlug(slug)) return null
    const raw = await run(CATEGORY_QUERY, { slug }, [TAGS.category(slug), TAGS.categories])
    if (raw === null || raw === undefined) return null
    const category = parseDocument(categorySchema, raw, { query: `category ${slug}` })
    if (category) category.entries.sort(byTitle)
    return category
  }

  async function getCategories(): Promise<CategorySummary[]> {
    const raw = await run(CATEGORIES_QUERY, {}, [TAGS.categories])
    return dedupeBySlug(parseDocuments(categorySummarySchema, raw, { query: 'categories' })).sort(byTitle)
  }

  /** Categories as a forest; a parent that is missing or part of a cycle makes a category top-level. */
  async function getCategoryTree(): Promise<CategoryNode[]> {
    return buildCategoryTree(await getCategories())
  }

  /**
   * For publishing (uncached): the tags of every page a change to document `change._id` can alter.
   * `previous` is the document before the change when the source knows it (local mode).
   */
  async function getRevalidationTags(change: Change, previous?: SanityDocument | null): Promise<string[]> {
    const around = changedDocumentSchema.parse(await run(CHANGED_DOCUMENT_QUERY, { id: change._id }, []))
    const current = (around.current ?? null) as SanityDocument | null
    const ids = linkedIds(change, current, previous)
    const linkedTo = ids.length ? documentsByIdSchema.parse(await run(DOCUMENTS_BY_ID_QUERY, { ids }, [])) : []
    return revalidationTags({ change, current, previous, linked: [...around.referencedBy, ...linkedTo] })
  }

  return { getEntry, getEntryIndex, getEntrySlugs, getCategory, getCategories, getCategoryTree, getRevalidationTags }
}

export type ContentApi = ReturnType<typeof createContentApi>

/** Every entry an entry links to: associated conditions, differential diagnoses, mentions, links in its text. */
function linkedSlugs(entry: Entry): string[] {
  return [
    ...entry.associatedConditions.map((a) => a.condition.slug),
    ...entry.differentialDiagnoses.map((d) => d.condition.slug),
    ...entry.mentionedBy.map((m) => m.slug),
    ...Object.values(entry.sections).flatMap((blocks) =>
      blocks.flatMap((b) => b.markDefs.flatMap((d) => (d._type === 'entryLink' ? [d.slug] : []))),
    ),
  ]
}

function withoutDeadLinks(entry: Entry, valid: Set<string>): Entry {
  const keep = (slug: string, path: string) => {
    if (valid.has(slug)) return true
    reportContentIssue({
      level: 'item',
      document: entry._id,
      path,
      reason: `links to "${slug}", which is not shown (invalid or duplicated); link left out`,
      query: `entry ${entry.slug}`,
    })
    return false
  }
  const notSelf = (slug: string, path: string) => {
    if (slug !== entry.slug) return true
    reportContentIssue({
      level: 'item',
      document: entry._id,
      path,
      reason: 'links to itself; link left out',
      query: `entry ${entry.slug}`,
    })
    return false
  }
  const sections = Object.fromEntries(
    Object.entries(entry.sections).map(([key, blocks]) => [
      key,
      blocks.map((block) => {
        const markDefs = block.markDefs.filter((def) => def._type !== 'entryLink' || keep(def.slug, `${key}.markDefs`))
        if (markDefs.length === block.markDefs.length) return block
        // The text of a removed link stays, without a mark that would point at nothing.
        const kept = new Set(markDefs.map((def) => def._key))
        return {
          ...block,
          markDefs,
          children: block.children.map((c) => ({ ...c, marks: c.marks.filter((m) => isDecorator(m) || kept.has(m)) })),
        }
      }),
    ]),
  ) as Entry['sections']
  return {
    ...entry,
    sections,
    associatedConditions: entry.associatedConditions.filter(
      (a) => notSelf(a.condition.slug, 'associatedConditions') && keep(a.condition.slug, 'associatedConditions'),
    ),
    differentialDiagnoses: entry.differentialDiagnoses.filter(
      (d) => notSelf(d.condition.slug, 'differentialDiagnoses') && keep(d.condition.slug, 'differentialDiagnoses'),
    ),
    mentionedBy: entry.mentionedBy.filter((m) => keep(m.slug, 'mentionedBy')),
  }
}

/** Two documents with one slug: the first wins and the other is reported, so links stay unambiguous. */
function dedupeBySlug<T extends { slug: string; _id: string }>(items: T[]): T[] {
  const seen = new Map<string, string>()
  return items.filter((item) => {
    const first = seen.get(item.slug)
    if (first) {
      reportContentIssue({
        level: 'document',
        document: item._id,
        path: 'slug',
        reason: `"${item.slug}" is already used by ${first}`,
        query: 'index',
      })
      return false
    }
    seen.set(item.slug, item._id)
    return true
  })
}

export function buildCategoryTree(categories: CategorySummary[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(categories.map((c) => [c._id, { ...c, children: [] }]))
  const roots: CategoryNode[] = []
  for (const node of nodes.values()) {
    // Walk up to detect a cycle before attaching; a category in a cycle is shown at the top level.
    let cursor = node.parent
    const seen = new Set([node._id])
    let cyclic = false
    while (cursor && nodes.has(cursor)) {
      if (seen.has(cursor)) {
        cyclic = true
        break
      }
      seen.add(cursor)
      cursor = nodes.get(cursor)?.parent
    }
    const parent = node.parent ? nodes.get(node.parent) : undefined
    if (parent && !cyclic) parent.children.push(node)
    else {
      if (cyclic)
        reportContentIssue({
          level: 'item',
          document: node._id,
          path: 'parent',
          reason: 'the parent chain forms a cycle; shown at the top level',
          query: 'category tree',
        })
      roots.push(node)
    }
  }
  const sort = (list: CategoryNode[]) => {
    list.sort(byTitle)
    list.forEach((n) => sort(n.children))
  }
  sort(roots)
  return roots
}
