import type { CategorySummary, EntrySummary } from '../../lib/content/models'
import { SOURCE_LANGUAGE, type Lang } from '../../lib/i18n/languages'

/** Entries with the most recent review first (ties by title), for the home page and feeds. */
export function recentlyReviewed(entries: EntrySummary[], limit: number): EntrySummary[] {
  return entries
    .filter((e) => e.lastReviewed)
    .sort(
      (a, b) => (b.lastReviewed ?? '').localeCompare(a.lastReviewed ?? '') || a.title.localeCompare(b.title, a.lang),
    )
    .slice(0, limit)
}

/** Body system / specialty browsing: specialties A–Z, each with its categories. */
export function groupBySpecialty(
  categories: CategorySummary[],
  lang: Lang = SOURCE_LANGUAGE,
): [string, CategorySummary[]][] {
  const groups = new Map<string, CategorySummary[]>()
  for (const c of categories) if (c.specialty) groups.set(c.specialty, [...(groups.get(c.specialty) ?? []), c])
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, lang))
}
