/**
 * Query parameters of the embed, oEmbed and JSON API routes, validated with zod. A bad parameter gets a 400
 * that names the parameter and says why.
 */
import { z } from 'zod'
import { CODE_SYSTEM_IDS } from '../domain/codes'
import { DATE_TIME, isCalendarDateTime } from '../domain/dates'
import { SECTION_KEYS, isSectionKey, type SectionKey } from '../domain/sections'
import { LANGUAGE_IDS, SOURCE_LANGUAGE, type Lang } from '../i18n/languages'

export type ParamResult<T> = { ok: true; value: T } | { ok: false; parameter: string; reason: string }

/** `sections=symptoms,diagnosis` (keys from lib/domain/sections.ts), or `all`. */
export const sectionsParam = z
  .string()
  .max(400, 'must be at most 400 characters')
  .transform((value, ctx): SectionKey[] => {
    const parts = value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
    if (parts.length === 1 && parts[0] === 'all') return [...SECTION_KEYS]
    const unknown = parts.filter((p) => !isSectionKey(p))
    if (unknown.length) {
      ctx.issues.push({
        code: 'custom',
        message: `must be section keys from ${SECTION_KEYS.join(', ')}, or all ("${unknown[0].slice(0, 40)}" is not one)`,
        input: value,
      })
      return z.NEVER
    }
    return [...new Set(parts)] as SectionKey[]
  })

/** `lang=es`: the language of what is answered (lib/i18n/languages.ts); the source language when not given. */
export const langParam = z
  .enum(LANGUAGE_IDS as [Lang, ...Lang[]], { message: `must be one of ${LANGUAGE_IDS.join(', ')}` })
  .default(SOURCE_LANGUAGE)
  .meta({ description: `Language: ${LANGUAGE_IDS.join(', ')} (default ${SOURCE_LANGUAGE}).` })

/**
 * A whole number written in decimal digits (not 1e3, 0x10 or 2.0), within bounds. Every message says what
 * the parameter must be, in the same words everywhere.
 */
export function wholeNumber({ min, max, example }: { min: number; max: number; example: number }) {
  return z
    .string()
    .meta({ description: `A whole number from ${min} to ${max}.` })
    .regex(/^\d{1,9}$/, `must be a whole number written in digits, such as ${example}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be ${min} or more`).max(max, `must be ${max} or less`))
}

export const entriesListParams = z.object({
  lang: langParam,
  page: wholeNumber({ min: 1, max: 10_000, example: 2 })
    .prefault('1')
    .meta({ description: 'Page number, from 1 to 10000.' }),
  pageSize: wholeNumber({ min: 1, max: 200, example: 50 })
    .prefault('50')
    .meta({ description: 'Entries per page, from 1 to 200.' }),
  updatedSince: z
    .string()
    .meta({ description: 'Only entries changed at or after this ISO date or date-time.' })
    .regex(DATE_TIME, 'must be a date such as 2026-01-31, or a date and time such as 2026-01-31T12:00:00Z')
    .refine(
      isCalendarDateTime,
      'must be a date that exists (month 1 to 12, a day that month has, a time up to 23:59:59)',
    )
    .optional(),
})

export const entryParams = z.object({
  lang: langParam,
  sections: sectionsParam
    .optional()
    .meta({ description: `Comma-separated sections (${SECTION_KEYS.join(', ')}) or "all" (the default).` }),
})

export const lookupParams = z.object({
  lang: langParam,
  system: z
    .enum(CODE_SYSTEM_IDS, { message: `must be one of ${CODE_SYSTEM_IDS.join(', ')}` })
    .meta({ description: 'Coding system.' }),
  code: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(40, 'must be at most 40 characters')
    .meta({ description: 'The code.' }),
})

export const oembedParams = z.object({
  url: z.string().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
  maxwidth: wholeNumber({ min: 100, max: 4000, example: 600 }).optional(),
  maxheight: wholeNumber({ min: 100, max: 8000, example: 400 }).optional(),
  format: z.string().max(10, 'must be json or xml').default('json'),
})

/** Parse URL search parameters with a schema; the first problem names its parameter. */
export function parseParams<T extends z.ZodType>(
  schema: T,
  search: URLSearchParams,
  allowed: string[],
): ParamResult<z.output<T>> {
  for (const key of search.keys())
    if (!allowed.includes(key))
      return {
        ok: false,
        parameter: key.slice(0, 40),
        reason: `is not a parameter of this address; ${allowed.length ? `use ${allowed.join(', ')}` : 'it takes none'}`,
      }
  const raw: Record<string, string> = {}
  for (const key of allowed) {
    const values = search.getAll(key)
    if (values.length > 1) return { ok: false, parameter: key, reason: 'must be given once, not several times' }
    if (values.length === 1) raw[key] = values[0]
  }
  const result = schema.safeParse(raw, { error: paramMessage })
  if (result.success) return { ok: true, value: result.data }
  const issue = result.error.issues[0]
  return { ok: false, parameter: String(issue?.path[0] ?? '(query)'), reason: issue?.message ?? 'is not valid' }
}

/**
 * The words for what a schema does not spell out itself, so no message is the validator's own
 * ("Invalid input: expected string, received undefined"). A query parameter is always text, so the only
 * type problem is a missing one.
 */
function paramMessage(issue: z.core.$ZodRawIssue): string {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is required' : 'must be text'
  if (issue.code === 'too_big')
    return `must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : ''}`
  if (issue.code === 'too_small')
    return `must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters' : ''}`
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`
  return 'is not valid'
}
