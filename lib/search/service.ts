/**
 * The site's search indexes, one per language: each built once per version of that language's entry list,
 * kept in memory, rebuilt after the response when a publish revalidates the list. The version is a fingerprint of the list, cached with the
 * list's tag, so every instance sharing a cache agrees on it; rebuilding happens only when it changes.
 */
import 'server-only'
import { unstable_cache } from 'next/cache'
import { after } from 'next/server'
import { createContentApi } from '../content/api'
import { content } from '../content'
import type { EntrySummary } from '../content/models'
import { reader } from '../content/read'
import { TAGS } from '../content/tags'
import { SearchIndex } from './index'
import { processSingleton } from '../process-singleton.mjs'
import { LANGUAGE_IDS, SOURCE_LANGUAGE, type Lang } from '../i18n/languages'

export function fingerprint(entries: EntrySummary[]): string {
  // FNV-1a over the fields the index uses: cheap, and only run when the list may have changed.
  let h = 0x811c9dc5
  const text = JSON.stringify(entries.map((e) => [e.slug, e.title, e.alternateNames, e.summary, e.codes]))
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `${entries.length}-${h.toString(36)}`
}

// Each language's version is cached under its own list's tag, so a translation's publish leaves the others be.
const listVersions = new Map(
  LANGUAGE_IDS.map((lang) => [
    lang,
    unstable_cache(
      async () => fingerprint(await createContentApi(reader()).getEntryIndex(lang)),
      ['search-index-version', lang],
      { tags: [TAGS.entriesIn(lang)], revalidate: 3600 },
    ),
  ]),
)

type Memo = { version: string; index: SearchIndex; builtAt: number }
type State = { memo?: Memo; building?: Promise<SearchIndex> }
const states = processSingleton<Map<Lang, State>>('search-index', () => new Map())
const stateOf = (lang: Lang): State => {
  let state = states.get(lang)
  if (!state) states.set(lang, (state = {}))
  return state
}

/** Rebuilding is not attempted more often than this, however often the versions disagree. */
const MIN_REBUILD_MS = 2000

/** One build at a time, however many requests ask for it. */
function build(lang: Lang): Promise<SearchIndex> {
  const state = stateOf(lang)
  state.building ??= content
    .getEntryIndex(lang)
    .then((entries) => {
      const index = new SearchIndex(entries, lang)
      state.memo = { version: fingerprint(entries), index, builtAt: Date.now() }
      return index
    })
    .finally(() => {
      state.building = undefined
    })
  return state.building
}

/**
 * The index. Only the very first request of a process waits for it to be built; after a publish the
 * index in hand answers while the new one is built (a failed rebuild keeps it: reader() has logged why).
 */
export async function getSearchIndex(lang: Lang = SOURCE_LANGUAGE): Promise<SearchIndex> {
  const memo = stateOf(lang).memo
  if (!memo) return build(lang)
  const version = await listVersions.get(lang)?.()
  // after(): Next.js keeps the request's context (the data cache) for work done once the answer is sent.
  if (memo.version !== version && Date.now() - memo.builtAt >= MIN_REBUILD_MS)
    after(() => build(lang).catch(() => undefined))
  return memo.index
}
