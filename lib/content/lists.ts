import type { EntrySummary } from './models'

/** Entries with the most recent review first (ties by title), for the home page and feeds. */
export function recentlyReviewed(entries: EntrySummary[], limit: number): EntrySummary[] {
  return entries
    .filter((e) => e.lastReviewed)
    .sort((a, b) => (b.lastReviewed ?? '').localeCompare(a.lastReviewed ?? '') || a.title.localeCompare(b.title))
    .slice(0, limit)
}
