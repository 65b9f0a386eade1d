/** Lists in pages: A–Z by letter (az.ts) and a category's entries. Page 1 is the list's own address. */

/** Entries per page of a category (with their summaries: about 50 KB of HTML). */
export const CATEGORY_PAGE_SIZE = 100

/** The most pages a list may have (100,000 entries under one letter): larger page numbers are refused unread. */
export const MAX_PAGES = 250

/** How many pages a list of this many items has (an empty list has its first page). */
export const pageCountOf = (items: number, size: number) => Math.max(1, Math.ceil(items / size))

/** The items of one page. */
export const pageOf = <T>(items: T[], page: number, size: number) => items.slice((page - 1) * size, page * size)

/**
 * A page number as an address writes it: page 1 has none (no segment), the others "2", "3"… A number
 * written any other way ("1", "02", "1e3") or past MAX_PAGES is no page (null).
 */
export function pageNumberOf(segments: string[] | undefined): number | null {
  if (segments === undefined || segments.length === 0) return 1
  if (segments.length > 1 || !/^[1-9]\d{0,2}$/.test(segments[0])) return null
  const page = Number(segments[0])
  return page >= 2 && page <= MAX_PAGES ? page : null
}
