/**
 * Which entry, category and A–Z letter addresses exist, answered before a page renders (by the proxy), so that an
 * unknown address gets a fully rendered 404 page. (Next.js 16 renders notFound() from a page that was not
 * prerendered as an empty shell filled in by client JavaScript.)
 *
 * The sets are derived from the same parsed index the pages use. A source that sees its own changes (its
 * `version`: local mode) makes them exact: they are recomputed when the version moves. Otherwise (Sanity
 * mode) they are kept for a short time and refreshed in the background, never on a reader's request path;
 * an address they lack is asked of the source with one small query (addressExists), so a newly published
 * entry is never refused.
 * When the source cannot answer, nothing is refused: the page decides.
 */
import { createContentApi } from '../content/api'
import { activeSource } from '../content/source'
import { SLUG_EXISTS_QUERY } from '../content/queries'
import { reader } from '../content/read'
import { processSingleton } from '../process-singleton.mjs'
import { LANGUAGE_IDS, SOURCE_LANGUAGE, type Lang } from '../i18n/languages'
import { AZ_PAGE_SIZE, groupByLetter, letterKey } from '../../components/lists/az'
import { CATEGORY_PAGE_SIZE, pageCountOf } from '../../components/lists/paging'

type Kind = 'entry' | 'category'

/** `<lang>:<slug>`: one slug may name pages in two languages. */
const key = (lang: Lang, slug: string) => `${lang}:${slug}`

interface Sets {
  entry: Set<string>
  category: Set<string>
  /** A–Z's pages under each letter that has entries, by `<lang>:<letter key>`. */
  letterPages: Map<string, number>
  /** How many entries each category with entries has, by `<lang>:<slug>` (as the index lists them). */
  categoryEntries: Map<string, number>
  loadedAt: number
  /** The source's version they were derived from (undefined: they expire instead). */
  version: number | undefined
}

const TTL_MS = 60_000
const MIN_REFRESH_MS = 5_000

type State = { sets?: Sets; loading?: Promise<Sets | undefined>; lastAttempt: number; lastFailed?: boolean }
const state = processSingleton<State>('known-slugs', () => ({ lastAttempt: 0 }))

/** The sets follow the source exactly when it can say when it changed. */
const exact = () => activeSource().version !== undefined

async function load(): Promise<Sets | undefined> {
  state.lastAttempt = Date.now()
  try {
    const api = createContentApi(reader())
    const reads = Promise.all(
      LANGUAGE_IDS.map(async (lang) => {
        const index = await api.getEntryIndex(lang)
        return {
          entries: index.map((e) => key(lang, e.slug)),
          categories: (await api.getCategories(lang, index)).map((c) => key(lang, c.slug)),
          inCategories: index.flatMap((e) => [...new Set(e.categories)].map((c) => key(lang, c))),
          letters: groupByLetter(index, lang).map(
            (g) => [key(lang, letterKey(g.letter)), pageCountOf(g.items.length, AZ_PAGE_SIZE)] as const,
          ),
        }
      }),
    )
    // The version of the data the reads see: a local source loads (and takes its snapshot) as a read
    // starts, so this is read after they start and before a later reload could move it.
    const { version } = activeSource()
    const languages = await reads
    state.lastFailed = false
    return {
      entry: new Set(languages.flatMap((l) => l.entries)),
      category: new Set(languages.flatMap((l) => l.categories)),
      letterPages: new Map(languages.flatMap((l) => l.letters)),
      categoryEntries: counts(languages.flatMap((l) => l.inCategories)),
      loadedAt: Date.now(),
      version,
    }
  } catch {
    // reader() has logged it and marked the source down.
    state.lastFailed = true
    return undefined
  }
}

function counts(keys: string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1)
  return map
}

function refresh(): Promise<Sets | undefined> {
  state.loading ??= load()
    .then((sets) => {
      if (sets) state.sets = sets
      return state.sets
    })
    .finally(() => {
      state.loading = undefined
    })
  return state.loading
}

function isStale(sets: Sets): boolean {
  return exact() ? sets.version !== activeSource().version : Date.now() - sets.loadedAt > TTL_MS
}

/**
 * Ask the source directly whether an address exists: for a page about to be rendered for the first time.
 * A source that does not answer is noticed here, before the render would fail.
 */
export async function probeSlug(kind: Kind, slug: string, lang: Lang = SOURCE_LANGUAGE): Promise<boolean | undefined> {
  try {
    const type = kind === 'entry' ? 'disease' : 'category'
    const exists = await reader()(SLUG_EXISTS_QUERY, { type, slug, lang }, [])
    return exists === true
  } catch {
    return undefined
  }
}

/** The sets as they are now: reloaded first in local mode when the dataset moved, in the background otherwise. */
async function currentSets(): Promise<Sets | undefined> {
  const sets = state.sets
  if (sets && !isStale(sets)) return sets
  if (exact()) return refresh()
  // At most one load every few seconds while the source fails.
  if (Date.now() - state.lastAttempt > MIN_REFRESH_MS) void refresh()
  return sets
}

/**
 * How many pages A–Z has under a letter (its key) in a language: 0 when it has no entries. undefined: no list
 * yet (Sanity mode loads it in the background) or the source cannot confirm; the page decides.
 */
export async function letterPageCount(letter: string, lang: Lang = SOURCE_LANGUAGE): Promise<number | undefined> {
  const sets = await currentSets()
  const pages = sets?.letterPages.get(key(lang, letter))
  if (pages !== undefined) return pages
  return !sets || state.lastFailed ? undefined : 0
}

/** How many pages a category (which exists) has in a language; undefined: cannot tell now (the page decides). */
export async function categoryPageCount(slug: string, lang: Lang = SOURCE_LANGUAGE): Promise<number | undefined> {
  const sets = await currentSets()
  if (!sets || state.lastFailed) return undefined
  return pageCountOf(sets.categoryEntries.get(key(lang, slug)) ?? 0, CATEGORY_PAGE_SIZE)
}

/**
 * What the list says. true: the address exists; false: it is not in the list (exact in local mode; in Sanity
 * mode the list may trail a publish on another instance, see addressExists); undefined: no list yet, or the
 * source cannot confirm. A reader's request never waits for the list in Sanity mode: it is loaded and
 * refreshed in the background, and an address it lacks is probed instead (addressExists).
 */
export async function isKnownSlug(
  kind: Kind,
  slug: string,
  lang: Lang = SOURCE_LANGUAGE,
): Promise<boolean | undefined> {
  const sets = await currentSets()
  if (!sets) return undefined
  if (sets[kind].has(key(lang, slug))) return true
  // The list may be out of date and the source cannot confirm: do not call the address unknown.
  if (state.lastFailed) return undefined
  return false
}

/**
 * Whether an address exists, for reads anyone can ask for with any address. An exact list (local mode: it
 * follows the dataset file) answers alone. Otherwise (Sanity mode) the list may trail a publish on another
 * instance, so an address it lacks is asked of the source itself, uncached: a made-up address costs one
 * small query, and never a cache entry; an address found that way joins the list, so the page that renders
 * next (or its metadata, or its embed) does not ask again.
 */
export async function addressExists(
  kind: Kind,
  slug: string,
  lang: Lang = SOURCE_LANGUAGE,
): Promise<boolean | undefined> {
  const known = await isKnownSlug(kind, slug, lang)
  if (known === true || exact()) return known
  const found = await probeSlug(kind, slug, lang)
  if (found) state.sets?.[kind].add(key(lang, slug))
  return found
}

/** Forget the sets (after a publish), so the next request sees the change. */
export function forgetKnownSlugs() {
  state.sets = undefined
}
