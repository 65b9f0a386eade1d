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

const once = new Set<string>()

/** Log a condition once per process (a source that stays down should not flood the log). */
export function warnOnce(key: string, area: string, message: string, fields?: Fields) {
  if (once.has(key)) return
  once.add(key)
  log.warn(area, message, fields)
}

export function resetWarnOnce(key: string) {
  once.delete(key)
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
