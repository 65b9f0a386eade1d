/**
 * One-line, greppable log records: `[area] message · key=value …`.
 * Everything that goes wrong with content or requests is logged through here, so that an operator can
 * find what failed and where from a single line.
 */
type Fields = Record<string, string | number | boolean | null | undefined>

function format(area: string, message: string, fields?: Fields): string {
  const parts = Object.entries(fields ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'string' && /\s/.test(v) ? JSON.stringify(v) : String(v)}`)
  return `[${area}] ${message}${parts.length ? ` · ${parts.join(' ')}` : ''}`
}

export const log = {
  info(area: string, message: string, fields?: Fields) {
    if (process.env.LOG_QUIET !== '1') console.info(format(area, message, fields))
  },
  warn(area: string, message: string, fields?: Fields) {
    console.warn(format(area, message, fields))
  },
  error(area: string, message: string, fields?: Fields) {
    console.error(format(area, message, fields))
  },
}

/** Lines a minute that one kind of event may write before it is only counted. */
export const LIMITED_LINES_PER_MINUTE = 5
const WINDOW_MS = 60_000
const windows = new Map<string, { start: number; lines: number; suppressed: number }>()

/**
 * A warning that anonymous requests can cause (an unknown file asked for, a webhook nobody signed): at most
 * LIMITED_LINES_PER_MINUTE lines a minute per `key`; beyond that they are counted, and the next line let
 * through says how many were left out (`suppressed=`). `key` must be a constant, never part of a request.
 */
export function warnLimited(key: string, area: string, message: string, fields?: Fields, now = Date.now()) {
  let window = windows.get(key)
  if (!window || now - window.start >= WINDOW_MS) {
    const suppressed = window?.suppressed ?? 0
    window = { start: now, lines: 0, suppressed: 0 }
    windows.set(key, window)
    if (suppressed) fields = { ...fields, suppressed }
  }
  if (window.lines >= LIMITED_LINES_PER_MINUTE) {
    window.suppressed++
    return
  }
  window.lines++
  log.warn(area, message, fields)
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
