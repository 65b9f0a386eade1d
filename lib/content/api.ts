/**
 * The content vocabulary of the site: functions named for what they return. Pages, routes, feeds and the
 * API call these, never a client or a query. `createContentApi` takes the function that runs a query
 * (cached with tags in the site, direct in scripts and tests), so every caller gets the same parsing.
 */
import {
  CATEGORIES_QUERY,
  CATEGORY_QUERY,
  ENTRY_INDEX_QUERY,
  ENTRY_QUERY,
  ENTRY_SLUGS_QUERY,
  CHANGED_DOCUMENT_QUERY,
  DOCUMENTS_BY_ID_QUERY,
  TRANSLATION_SETS_QUERY,
  LINKING_TO_SOURCE_QUERY,
  TRANSLATIONS_OF_QUERY,
} from './queries'
import {
  categorySchema,
  categorySummarySchema,
  entrySchema,
  entrySummarySchema,
  entryShownSchema,
  changedDocumentSchema,
  documentsByIdSchema,
  slugSchema,
  translationSetsSchema,
  type TranslationSet,
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
import { LANGUAGE_IDS, SOURCE_LANGUAGE, isLang, type Lang } from '../i18n/languages'

export type QueryRunner = (query: string, params: QueryParams, tags: string[]) => Promise<unknown>

const collators = new Map<Lang, Intl.Collator>()
/** Titles in the order of the language's alphabet (Spanish: "ñ" after "n"), ignoring case and accents otherwise. */
export function titleOrder(lang: Lang = SOURCE_LANGUAGE) {
  let collator = collators.get(lang)
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })))
  return (a: { title: string }, b: { title: string }) => collator.compare(a.title, b.title)
}

export interface CategoryNode extends CategorySummary {
  children: CategoryNode[]
}

export function isValidSlug(slug: string): boolean {
  return slugSchema.safeParse(slug).success
}

/** A page in some language: the key links are checked and told apart by (one slug may be in two languages). */
const pageKey = (page: { lang: Lang; slug: string }) => `${page.lang}:${page.slug}`
const where = (lang: Lang, what: string) => (lang === SOURCE_LANGUAGE ? what : `${what} (${lang})`)

export function createContentApi(run: QueryRunner) {
  /** An entry in a language (the source language unless told): null when it has no version in that language. */
  async function getEntry(slug: string, lang: Lang = SOURCE_LANGUAGE): Promise<Entry | null> {
    if (!isValidSlug(slug)) return null
    // The page shows its links' titles (lists' tags) and, in a translation, links to source-language entries.
    const tags = [TAGS.entry(slug, lang), TAGS.entriesIn(lang), ...(lang === SOURCE_LANGUAGE ? [] : [TAGS.entries])]
    const raw = await run(ENTRY_QUERY, { slug, lang }, tags)
    if (raw === null || raw === undefined) return null
    const entry = parseDocument(entrySchema, raw, { query: where(lang, `entry ${slug}`) })
    if (!entry) return null
    // A link may point at an entry that exists but is itself invalid (left out everywhere): drop such links
    // so that every link on the page resolves. The query brings the index rows of this entry and of its link
    // targets (never the whole index, which costs a second at 10,000 entries); each is checked as the lists
    // check it.
    const valid = new Set(
      parseDocuments(entryShownSchema, linkRowsOf(raw), { query: where(lang, `links of entry ${slug}`) }).map(pageKey),
    )
    if (!valid.has(pageKey({ lang, slug: entry.slug }))) return null
    return withoutDeadLinks({ ...entry, translations: otherLanguages(entry.translations, lang) }, valid)
  }

  async function getEntryIndex(lang: Lang = SOURCE_LANGUAGE): Promise<EntrySummary[]> {
    const raw = await run(ENTRY_INDEX_QUERY, { lang }, [TAGS.entriesIn(lang)])
    return dedupeBySlug(parseDocuments(entrySummarySchema, raw, { query: where(lang, 'entry index') })).sort(
      titleOrder(lang),
    )
  }

  async function getEntrySlugs(lang: Lang = SOURCE_LANGUAGE): Promise<string[]> {
    const raw = await run(ENTRY_SLUGS_QUERY, { lang }, [TAGS.entriesIn(lang)])
    if (!Array.isArray(raw)) return []
    return [...new Set(raw.filter((s): s is string => typeof s === 'string' && isValidSlug(s)))]
  }

  async function getCategory(slug: string, lang: Lang = SOURCE_LANGUAGE): Promise<Category | null> {
    if (!isValidSlug(slug)) return null
    const raw = await run(CATEGORY_QUERY, { slug, lang }, [TAGS.category(slug, lang), TAGS.categoriesIn(lang)])
    if (raw === null || raw === undefined) return null
    const category = parseDocument(categorySchema, raw, { query: where(lang, `category ${slug}`) })
    if (!category) return null
    category.entries.sort(titleOrder(lang))
    return { ...category, translations: otherLanguages(category.translations, lang) }
  }

  /**
   * The categories of a language, each with how many of the index's entries it holds (`index`: the
   * language's entry index when the caller has just read it).
   */
  async function getCategories(lang: Lang = SOURCE_LANGUAGE, index?: EntrySummary[]): Promise<CategorySummary[]> {
    const [raw, entries] = await Promise.all([
      run(CATEGORIES_QUERY, { lang }, [TAGS.categoriesIn(lang)]),
      index ?? getEntryIndex(lang),
    ])
    // Counted from the index (its rows name their categories in this language), not by a query per category.
    const counts = new Map<string, number>()
    for (const entry of entries)
      for (const slug of new Set(entry.categories)) counts.set(slug, (counts.get(slug) ?? 0) + 1)
    return dedupeBySlug(parseDocuments(categorySummarySchema, raw, { query: where(lang, 'categories') }))
      .map((c) => ({ ...c, entryCount: counts.get(c.slug) ?? 0 }))
      .sort(titleOrder(lang))
  }

  /** Categories as a forest; a parent that is missing or part of a cycle makes a category top-level. */
  async function getCategoryTree(lang: Lang = SOURCE_LANGUAGE): Promise<CategoryNode[]> {
    return buildCategoryTree(await getCategories(lang), lang)
  }

  /** Which entries and categories are translations of which (for the sitemap's alternates). */
  async function getTranslationSets(): Promise<TranslationSet[]> {
    const raw = await run(
      TRANSLATION_SETS_QUERY,
      {},
      LANGUAGE_IDS.flatMap((l) => [TAGS.entriesIn(l), TAGS.categoriesIn(l)]),
    )
    return translationSetsSchema.parse(raw)
  }

  /**
   * For publishing (uncached): the tags of every page a change to document `change._id` can alter.
   * `previous` is the document before the change when the source knows it (local mode).
   */
  async function getRevalidationTags(change: Change, previous?: SanityDocument | null): Promise<string[]> {
    const around = changedDocumentSchema.parse(await run(CHANGED_DOCUMENT_QUERY, { id: change._id }, []))
    const current = (around.current ?? null) as SanityDocument | null
    const ids = linkedIds(change, current, previous)
    const lang = current?.language ?? previous?.language ?? change.language
    const translated = isLang(lang) && lang !== SOURCE_LANGUAGE
    // A translation links to source-language documents; the pages that show it are their versions in its language.
    const linkedTo = ids.length
      ? documentsByIdSchema.parse(
          translated
            ? await run(TRANSLATIONS_OF_QUERY, { ids, lang }, [])
            : await run(DOCUMENTS_BY_ID_QUERY, { ids }, []),
        )
      : []
    const source = translationSource(current) ?? translationSource(previous)
    const viaSource =
      source && translated
        ? documentsByIdSchema.parse(await run(LINKING_TO_SOURCE_QUERY, { source, lang, id: change._id }, []))
        : []
    return revalidationTags({
      change,
      current,
      previous,
      linked: [...around.referencedBy, ...around.translations, ...linkedTo, ...viaSource],
    })
  }

  return {
    getEntry,
    getEntryIndex,
    getEntrySlugs,
    getCategory,
    getCategories,
    getCategoryTree,
    getTranslationSets,
    getRevalidationTags,
  }
}

export type ContentApi = ReturnType<typeof createContentApi>

/** The source a translation was made from (its id), if the document is a translation. */
function translationSource(doc: SanityDocument | null | undefined): string | undefined {
  const ref = (doc?.translatedFrom as { source?: { _ref?: unknown } } | undefined)?.source?._ref
  return typeof ref === 'string' ? ref.replace(/^drafts\./, '') : undefined
}

/** The other languages' versions of a document, one per language, in the order of LANGUAGES. */
function otherLanguages<T extends { lang: Lang }>(translations: T[], lang: Lang): T[] {
  return LANGUAGE_IDS.flatMap((l) => (l === lang ? [] : translations.filter((t) => t.lang === l).slice(0, 1)))
}

/** The index rows an entry's query brings: the entry's and its link targets' (`linkRows`), and `mentionedBy`. */
function linkRowsOf(raw: unknown): unknown[] {
  const rows = new Map<unknown, unknown>()
  const listed = (field: string): unknown[] => {
    const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined
    return Array.isArray(value) ? value : []
  }
  for (const row of [...listed('linkRows'), ...listed('mentionedBy')]) {
    // Each document once (an entry linked twice would otherwise be reported twice when it is invalid).
    const id = typeof row === 'object' && row !== null ? (row as { _id?: unknown })._id : undefined
    rows.set(typeof id === 'string' ? id : row, row)
  }
  return [...rows.values()]
}

function withoutDeadLinks(entry: Entry, valid: Set<string>): Entry {
  const keep = (page: { lang: Lang; slug: string }, path: string) => {
    if (valid.has(pageKey(page))) return true
    reportContentIssue({
      level: 'item',
      document: entry._id,
      path,
      reason: `links to "${page.slug}"${page.lang === entry.lang ? '' : ` (${page.lang})`}, which is not shown (invalid or duplicated); link left out`,
      query: where(entry.lang, `entry ${entry.slug}`),
    })
    return false
  }
  const notSelf = (page: { lang: Lang; slug: string }, path: string) => {
    if (pageKey(page) !== pageKey(entry)) return true
    reportContentIssue({
      level: 'item',
      document: entry._id,
      path,
      reason: 'links to itself; link left out',
      query: where(entry.lang, `entry ${entry.slug}`),
    })
    return false
  }
  const sections = Object.fromEntries(
    Object.entries(entry.sections).map(([key, blocks]) => [
      key,
      blocks.map((block) => {
        const markDefs = block.markDefs.filter((def) => def._type !== 'entryLink' || keep(def, `${key}.markDefs`))
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
      (a) => notSelf(a.condition, 'associatedConditions') && keep(a.condition, 'associatedConditions'),
    ),
    differentialDiagnoses: entry.differentialDiagnoses.filter(
      (d) => notSelf(d.condition, 'differentialDiagnoses') && keep(d.condition, 'differentialDiagnoses'),
    ),
    mentionedBy: entry.mentionedBy.filter((m) => keep(m, 'mentionedBy')),
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

export function buildCategoryTree(categories: CategorySummary[], lang: Lang = SOURCE_LANGUAGE): CategoryNode[] {
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
  const order = titleOrder(lang)
  const sort = (list: CategoryNode[]) => {
    list.sort(order)
    list.forEach((n) => sort(n.children))
  }
  sort(roots)
  return roots
}
