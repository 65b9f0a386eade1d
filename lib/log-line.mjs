// @ts-check
/**
 * The parts of logging that the front door (lib/front-door.mjs, plain Node) and the site (lib/log.ts) share:
 * the one-line format, and the limit on lines that anonymous requests can cause.
 */

/** @typedef {Record<string, string | number | boolean | null | undefined>} Fields */

/**
 * `[area] message · key=value …`. A value with spaces, quotes or control characters is written as a JSON
 * string, so a value taken from a request can neither break the line nor fake another field.
 * @param {string} area
 * @param {string} message
 * @param {Fields} [fields]
 */
export function formatLine(area, message, fields) {
  const parts = Object.entries(fields ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(
      ([k, v]) =>
        `${k}=${typeof v === 'string' && /[\s"\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v) ? JSON.stringify(v) : String(v)}`,
    )
  return `[${area}] ${message}${parts.length ? ` · ${parts.join(' ')}` : ''}`
}

/** Lines a minute that one kind of event may write before it is only counted. */
export const LIMITED_LINES_PER_MINUTE = 5
const WINDOW_MS = 60_000
/** @type {Map<string, { start: number, lines: number, suppressed: number }>} */
const windows = new Map()

/**
 * Whether a line of kind `key` may be written now, and how many lines of that kind were left out in the
 * window before (to say so in this line). `key` must be a constant, never part of a request.
 * @param {string} key
 * @param {number} [now]
 * @returns {{ write: boolean, suppressed: number }}
 */
export function limitLine(key, now = Date.now()) {
  let window = windows.get(key)
  let suppressed = 0
  if (!window || now - window.start >= WINDOW_MS) {
    suppressed = window?.suppressed ?? 0
    window = { start: now, lines: 0, suppressed: 0 }
    windows.set(key, window)
  }
  if (window.lines >= LIMITED_LINES_PER_MINUTE) {
    window.suppressed++
    return { write: false, suppressed: 0 }
  }
  window.lines++
  return { write: true, suppressed }
}
