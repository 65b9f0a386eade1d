/**
 * Dates as content and requests write them (ISO 8601: 2026-01-31, 2026-01-31T12:00:00Z), checked as dates
 * that exist: a pattern alone lets 2026-02-30 through, which Date then reads as 2 March.
 */

export const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/

/** Whether a yyyy-mm-dd[Thh:mm[:ss[.fff]][zone]] string names a real moment: 2026-02-30 does not. */
export function isCalendarDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // setUTCFullYear, not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false
  const [hour, minute, second] = [m[4], m[5], m[6]].map((v) => (v === undefined ? 0 : Number(v)))
  if (hour > 23 || minute > 59 || second > 59) return false
  return m[8] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59)
}
