/**
 * Full-text search over entries with MiniSearch: titles, other names, summaries and codes; typo-tolerant,
 * prefix-completing, order-independent. The index is built once per version of the entry list and queried
 * in memory.
 */
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch'
import type { EntrySummary } from '../content/models'
import { normalizeTerm, tokenize } from './normalize'
import { SOURCE_LANGUAGE, type Lang } from '../i18n/languages'

export interface SearchHit {
  slug: string
  title: string
  summary: string
  score: number
  /** The other name that matched, when the title did not. */
  matchedName?: string
  codes: { system: string; code: string }[]
}

interface Doc {
  id: string
  title: string
  alternateNames: string
  summary: string
  codes: string
}

export const MAX_QUERY_LENGTH = 200

const options = (lang: Lang) => ({
  fields: ['title', 'alternateNames', 'codes', 'summary'],
  storeFields: [],
  tokenize,
  processTerm: (term: string) => normalizeTerm(term, lang),
  searchOptions: {
    boost: { title: 5, alternateNames: 3, codes: 6, summary: 1 },
    // Only the last word is being typed: completing earlier words would multiply the work for nothing.
    prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 2,
    weights: { fuzzy: 0.6, prefix: 0.8 },
    maxFuzzy: 2,
  },
})

/** Typo tolerance: about one edit in four letters, for words long enough to be told apart. */
const fuzzy = (term: string) => (term.length >= 5 && !/\d/.test(term) ? 0.25 : false)

/** The fields the last, most forgiving pass looks in. */
const NAME_FIELDS = ['title', 'alternateNames']

export class SearchIndex {
  private readonly mini: MiniSearch<Doc>
  private readonly bySlug: Map<string, EntrySummary>

  private readonly lang: Lang

  /** An index of one language's entries, cut into terms the way that language is (lib/search/normalize.ts). */
  constructor(entries: EntrySummary[], lang: Lang = SOURCE_LANGUAGE) {
    this.lang = lang
    this.mini = new MiniSearch<Doc>(options(lang))
    this.bySlug = new Map(entries.map((e) => [e.slug, e]))
    this.mini.addAll(
      entries.map((e) => ({
        id: e.slug,
        title: e.title,
        alternateNames: e.alternateNames.join(' · '),
        summary: e.summary,
        codes: e.codes.map((c) => c.code).join(' '),
      })),
    )
  }

  get size(): number {
    return this.mini.documentCount
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = query.trim().slice(0, MAX_QUERY_LENGTH)
    if (!q) return []
    // Cheapest first: all words as typed; then allowing typos; then any of the words.
    let results = this.mini.search(q, { combineWith: 'AND' })
    if (results.length < limit) {
      const forgiving = this.mini.search(q, { combineWith: 'AND', fuzzy })
      if (forgiving.length > results.length) results = forgiving
    }
    // Any of the words, typos allowed, in names only: a typo-tolerant match of one word anywhere in a summary
    // is noise ("wheeze" is one letter from "where").
    if (results.length === 0) results = this.mini.search(q, { combineWith: 'OR', fuzzy, fields: NAME_FIELDS })
    return results.slice(0, limit).map((r) => this.hit(r))
  }

  private hit(r: MiniResult): SearchHit {
    const e = this.bySlug.get(String(r.id)) as EntrySummary
    const fields = new Set(Object.values(r.match).flat())
    const matchedName =
      !fields.has('title') && fields.has('alternateNames')
        ? e.alternateNames.find((n) =>
            r.terms.some((t) => tokenize(n).some((w) => normalizeTerm(w, this.lang)?.startsWith(t.slice(0, 4)))),
          )
        : undefined
    return {
      slug: e.slug,
      title: e.title,
      summary: e.summary,
      score: r.score,
      matchedName,
      codes: e.codes.map((c) => ({ system: c.system, code: c.code })),
    }
  }
}
