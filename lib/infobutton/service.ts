/**
 * A knowledge request answered from the site's content: the entry index through the content layer and the
 * site's search index. The routes call this; everything below it is pure and tested without a server.
 */
import 'server-only'
import { content } from '../content'
import { getSearchIndex } from '../search/service'
import { findMatches, type InfobuttonMatch } from './match'
import type { InfobuttonRequest } from './request'
import { latestChange } from './feed'

export async function answerInfobutton(
  request: InfobuttonRequest,
): Promise<{ matches: InfobuttonMatch[]; knowledgeUpdated: string }> {
  const entries = await content.getEntryIndex()
  // The search index is only built or read when a display name has to be searched.
  const matches = await findMatches(request, entries, async (query, limit) =>
    (await getSearchIndex()).search(query, limit),
  )
  return { matches, knowledgeUpdated: latestChange(entries) }
}
