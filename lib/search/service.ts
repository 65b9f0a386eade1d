/**
 * The site's search index: built once per version of the entry list, kept in memory, rebuilt after the
 * response when a publish revalidates the list. The version is a fingerprint of the list, cached with the
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

const listVersion = unstable_cache(
  async () => {
    return fingerprint(await createContentApi(reader()).getEntryIndex())
  },
  ['search-index-version'],
  { tags: [TAGS.entries], revalidate: 3600 },
)

type Memo = { version: string; index: SearchIndex; builtAt: number }
type State = { memo?: Memo; building?: Promise<SearchIndex> }
const state = processSingleton<State>('search-index', () => ({}))

/** Rebuilding is not attempted more often than this, however often the versions disagree. */
const MIN_REBUILD_MS = 2000

/** One build at a time, however many requests ask for it. */
function build(): Promise<SearchIndex> {
  state.building ??= content
    .getEntryIndex()
    .then((entries) => {
      const index = new SearchIndex(entries)
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
export async function getSearchIndex(): Promise<SearchIndex> {
  const memo = state.memo
  if (!memo) return build()
  const version = await listVersion()
  // after(): Next.js keeps the request's context (the data cache) for work done once the answer is sent.
  if (memo.version !== version && Date.now() - memo.builtAt >= MIN_REBUILD_MS)
    after(() => build().catch(() => undefined))
  return memo.index
}
