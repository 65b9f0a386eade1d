/** Lists in pages: A–Z by letter (az.ts) and a category's entries. Page 1 is the list's own address. */

/** Entries per page of a category (with their summaries: about 50 KB of HTML). */
export const CATEGORY_PAGE_SIZE = 100

/** The most pages a list may have (100,000 entries in one category): larger page numbers are refused unread. */
export const MAX_PAGES = 1000

/** How many pages a list of this many items has (an empty list has its first page). */
export const pageCountOf = (items: number, size: number) => Math.max(1, Math.ceil(items / size))

/** The items of one page. */
export const pageOf = <T>(items: T[], page: number, size: number) => items.slice((page - 1) * size, page * size)

/**
 * The page numbers a pager shows: the first, the last and those within `around` of the current one, with
 * null where numbers are left out (a list of 1,000 pages gets a pager of a dozen links, and every page is
 * still reached by following them).
 */
export function pagerNumbers(page: number, pages: number, around = 4): (number | null)[] {
  const out: (number | null)[] = []
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= around) out.push(n)
    else if (out[out.length - 1] !== null) out.push(null)
  }
  return out
}

/**
 * A page number as an address writes it: page 1 has none (no segment), the others "2", "3"… A number
 * written any other way ("1", "02", "1e3") or past MAX_PAGES is no page (null).
 */
export function pageNumberOf(segments: string[] | undefined): number | null {
  if (segments === undefined || segments.length === 0) return 1
  if (segments.length > 1 || !/^[1-9]\d{0,3}$/.test(segments[0])) return null
  const page = Number(segments[0])
  return page >= 2 && page <= MAX_PAGES ? page : null
}
