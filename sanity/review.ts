/**
 * Review dates: when an entry is due, as the Studio's "Due for review" list and document previews show it.
 * Dates are ISO yyyy-mm-dd strings (Sanity's `date` type), compared as strings.
 */
export const REVIEW_DUE_WITHIN_DAYS = 30

export type ReviewStatus = 'overdue' | 'due-soon' | 'scheduled' | 'unscheduled'

/** yyyy-mm-dd of a date, in UTC (Sanity stores dates without a time zone). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(date: Date, days: number): Date {
  const out = new Date(date)
  out.setUTCDate(out.getUTCDate() + days)
  return out
}

export function addYears(date: Date, years: number): Date {
  const out = new Date(date)
  out.setUTCFullYear(out.getUTCFullYear() + years)
  return out
}

/** The last date that counts as "due soon" seen from `today` (the Due for review list's cut-off). */
export function reviewDueBy(today: Date): string {
  return isoDate(addDays(today, REVIEW_DUE_WITHIN_DAYS))
}

export function reviewStatus(nextReview: unknown, today: Date): ReviewStatus {
  if (typeof nextReview !== 'string' || !nextReview) return 'unscheduled'
  if (nextReview < isoDate(today)) return 'overdue'
  if (nextReview <= reviewDueBy(today)) return 'due-soon'
  return 'scheduled'
}

export function reviewLabel(nextReview: unknown, today: Date): string {
  switch (reviewStatus(nextReview, today)) {
    case 'overdue':
      return `Review overdue (since ${nextReview})`
    case 'due-soon':
      return `Review due ${nextReview}`
    case 'scheduled':
      return `Next review ${nextReview}`
    default:
      return 'No review date'
  }
}
