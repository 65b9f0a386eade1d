/**
 * One-line, greppable log records: `[area] message · key=value …`.
 * Everything that goes wrong with content or requests is logged through here, so that an operator can
 * find what failed and where from a single line.
 */
import { formatLine as format, limitLine, LIMITED_LINES_PER_MINUTE } from './log-line.mjs'
import { logQuiet } from './env'

type Fields = Record<string, string | number | boolean | null | undefined>

export { LIMITED_LINES_PER_MINUTE }

export const log = {
  info(area: string, message: string, fields?: Fields) {
    if (!logQuiet()) console.info(format(area, message, fields))
  },
  warn(area: string, message: string, fields?: Fields) {
    console.warn(format(area, message, fields))
  },
  error(area: string, message: string, fields?: Fields) {
    console.error(format(area, message, fields))
  },
}

/**
 * A warning that anonymous requests can cause (an unknown file asked for, a webhook nobody signed): at most
 * LIMITED_LINES_PER_MINUTE lines a minute per `key`; beyond that they are counted, and the next line let
 * through says how many were left out (`suppressed=`). `key` must be a constant, never part of a request.
 */
export function warnLimited(key: string, area: string, message: string, fields?: Fields, now = Date.now()) {
  const { write, suppressed } = limitLine(key, now)
  if (write) log.warn(area, message, suppressed ? { ...fields, suppressed } : fields)
}

/** The same for errors that every request repeats while something is down (the content source). */
export function errorLimited(key: string, area: string, message: string, fields?: Fields, now = Date.now()) {
  const { write, suppressed } = limitLine(key, now)
  if (write) log.error(area, message, suppressed ? { ...fields, suppressed } : fields)
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
