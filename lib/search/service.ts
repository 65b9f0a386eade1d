/**
 * The site's search index: built once per version of the entry list, kept in memory, rebuilt when a publish
 * revalidates the list. The version is a fingerprint of the list, cached with the list's tag, so every
 * instance sharing a cache agrees on it; rebuilding happens only when it changes.
 */
import 'server-only'
import { unstable_cache } from 'next/cache'
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

type Memo = { version: string; index: SearchIndex; builtAt: number; building?: Promise<SearchIndex> }
const state = processSingleton<{ memo?: Memo }>('search-index', () => ({}))

/** Rebuilding is not attempted more often than this, however often the versions disagree. */
const MIN_REBUILD_MS = 2000

export async function getSearchIndex(): Promise<SearchIndex> {
  const memo = state.memo
  const version = await listVersion()
  if (memo && (memo.version === version || Date.now() - memo.builtAt < MIN_REBUILD_MS)) return memo.index
  if (memo?.building) return memo.building
  const building = content.getEntryIndex().then((entries) => {
    const index = new SearchIndex(entries)
    state.memo = { version: fingerprint(entries), index, builtAt: Date.now() }
    return index
  })
  if (memo) memo.building = building
  try {
    return await building
  } finally {
    if (memo) memo.building = undefined
  }
}
