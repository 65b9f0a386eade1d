/**
 * Local mode's indexes. groq-js has none: a query for one entry scans every document, and its "mentioned by"
 * list walks every document's whole tree (0.7 s an entry at 10,000 full-size entries). The Content Lake has
 * indexes; here, for the queries that read one document and its neighbourhood, the local source evaluates
 * the same GROQ text over only the documents that query can reach: those with the slug asked for, the
 * documents they reference (and those reference, a few steps out), the translation metadata of each and the
 * translations it names, and the documents that reference them. The result is the same as over the whole
 * dataset as long as the scope holds every document the query's filters could match and every `->` it could
 * follow: tests/content/sanity-mode.test.ts compares the two for every entry and category (the loopback
 * Content Lake evaluates over everything).
 *
 * The maps are built once per dataset version (a GroqDataset is made per version), on the first scoped query.
 */
import { CATEGORIES_QUERY, CATEGORY_QUERY, ENTRY_INDEX_QUERY, ENTRY_QUERY, SLUG_EXISTS_QUERY } from '../queries'
import { SOURCE_LANGUAGE } from '../../i18n/languages'
import type { SanityDocument } from './dataset'

/** Every `_ref` anywhere in a value (without recursion: a hostile document may nest thousands deep). */
function referencesIn(root: unknown): Set<string> {
  const out = new Set<string>()
  const stack = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null) continue
    for (const [k, v] of Object.entries(value)) {
      if (k === '_ref' && typeof v === 'string') out.add(v)
      else if (typeof v === 'object' && v !== null) stack.push(v)
    }
  }
  return out
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export class DatasetIndex {
  private readonly bySlug = new Map<string, SanityDocument[]>()
  /** By `<type>:<language>` (a document without a language is in the source language, as the queries say). */
  private readonly byTypeAndLanguage = new Map<string, SanityDocument[]>()
  private readonly refsFrom = new Map<string, Set<string>>()
  private readonly refsTo = new Map<string, string[]>()
  /** The translation.metadata documents that name a document among their translations, by that document. */
  private readonly metadataOf = new Map<string, string[]>()

  constructor(
    documents: SanityDocument[],
    private readonly byId: Map<string, SanityDocument>,
  ) {
    for (const doc of documents) {
      const slug = (doc.slug as { current?: unknown } | undefined)?.current
      if (typeof slug === 'string') push(this.bySlug, slug, doc)
      push(this.byTypeAndLanguage, `${doc._type}:${String(doc.language ?? SOURCE_LANGUAGE)}`, doc)
      const refs = referencesIn(doc)
      this.refsFrom.set(doc._id, refs)
      for (const ref of refs) push(this.refsTo, ref, doc._id)
      if (doc._type === 'translation.metadata') for (const ref of refs) push(this.metadataOf, ref, doc._id)
    }
  }

  /**
   * The documents a query about `seeds` can reach: `outward` steps along references, and `inward` levels of
   * documents that reference the seeds or their sources (past the first step or level, only from the
   * documents `follow` accepts). Every document reached comes with its translation metadata and the
   * translations that names (a reference is shown in the page's language through them).
   */
  scope(
    seeds: SanityDocument[],
    {
      outward,
      inward,
      follow = () => true,
    }: { outward: number; inward: number; follow?: (doc: SanityDocument) => boolean },
  ): SanityDocument[] {
    const ids = new Set<string>()
    const add = (id: string, level: string[]) => {
      if (ids.has(id)) return
      ids.add(id)
      level.push(id)
      for (const metadata of this.metadataOf.get(id) ?? []) {
        if (ids.has(metadata)) continue
        ids.add(metadata)
        for (const translation of this.refsFrom.get(metadata) ?? []) add(translation, level)
      }
    }
    let level: string[] = []
    for (const seed of seeds) add(seed._id, level)
    for (let step = 0; step < outward; step++) {
      const next: string[] = []
      for (const id of level) {
        const doc = this.byId.get(id)
        if (!doc || (step > 0 && !follow(doc))) continue
        for (const ref of this.refsFrom.get(id) ?? []) add(ref, next)
      }
      level = next
    }
    // A translation's lists are about its source: documents reference the source-language document.
    let targets = seeds.flatMap((d) => [d._id, ...sourceOf(d)])
    for (let depth = 0; depth < inward; depth++) {
      const next: string[] = []
      for (const id of targets) {
        const doc = this.byId.get(id)
        if (!doc || (depth > 0 && !follow(doc))) continue
        for (const by of this.refsTo.get(id) ?? []) {
          ids.add(by)
          next.push(by)
        }
      }
      targets = next
    }
    return [...ids].flatMap((id) => this.byId.get(id) ?? [])
  }

  /** Documents of a type in a language, or (no language given) in every language. */
  ofType(type: string, lang?: unknown): SanityDocument[] {
    if (lang !== undefined) return typeof lang === 'string' ? (this.byTypeAndLanguage.get(`${type}:${lang}`) ?? []) : []
    return [...this.byTypeAndLanguage].flatMap(([key, docs]) => (key.startsWith(`${type}:`) ? docs : []))
  }

  withSlug(slug: unknown): SanityDocument[] {
    return typeof slug === 'string' ? (this.bySlug.get(slug) ?? []) : []
  }
}

function sourceOf(doc: SanityDocument): string[] {
  const ref = (doc.translatedFrom as { source?: { _ref?: unknown } } | undefined)?.source?._ref
  return typeof ref === 'string' ? [ref] : []
}

/**
 * The scope of each query that reads one document: which documents it can reach, from its parameters.
 * - An entry: what it references (categories, linked entries, reviewer, images, its source), then its
 *   categories' parents; the entries that mention it, one level in.
 * - A category: its parent; its subcategories and entries, and the entries of those subcategories (their
 *   counts), two levels in.
 * - A list: the documents of its type and language.
 */
export const SCOPES = new Map<string, (index: DatasetIndex, params: Record<string, unknown>) => SanityDocument[]>([
  [
    ENTRY_QUERY,
    (index, { slug }) =>
      index.scope(index.withSlug(slug), { outward: 2, inward: 1, follow: (doc) => doc._type === 'category' }),
  ],
  [
    CATEGORY_QUERY,
    (index, { slug }) =>
      index.scope(index.withSlug(slug), { outward: 1, inward: 2, follow: (doc) => doc._type === 'category' }),
  ],
  [SLUG_EXISTS_QUERY, (index, { slug }) => index.withSlug(slug)],
  // The lists of a language: its entries (or categories), with the translation metadata their references are
  // shown through; not the other languages' documents nor the assets.
  [ENTRY_INDEX_QUERY, (index, { lang }) => [...index.ofType('disease', lang), ...index.ofType('translation.metadata')]],
  [CATEGORIES_QUERY, (index, { lang }) => [...index.ofType('category', lang), ...index.ofType('translation.metadata')]],
])
