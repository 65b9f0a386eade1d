/**
 * Query parameters of the embed, oEmbed and JSON API routes, validated with zod. A bad parameter gets a 400
 * that names the parameter and says why.
 */
import { z } from 'zod'
import { CODE_SYSTEM_IDS } from '../content/codes'
import { SECTION_KEYS, isSectionKey, type SectionKey } from '../content/sections'

export type ParamResult<T> = { ok: true; value: T } | { ok: false; parameter: string; reason: string }

/** `sections=symptoms,diagnosis` (keys from lib/content/sections.ts), or `all`. */
export const sectionsParam = z
  .string()
  .max(400)
  .transform((value, ctx): SectionKey[] => {
    const parts = value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
    if (parts.length === 1 && parts[0] === 'all') return [...SECTION_KEYS]
    const unknown = parts.filter((p) => !isSectionKey(p))
    if (unknown.length) {
      ctx.issues.push({ code: 'custom', message: `unknown section "${unknown[0].slice(0, 40)}"; use any of ${SECTION_KEYS.join(', ')}, or all`, input: value })
      return z.NEVER
    }
    return [...new Set(parts)] as SectionKey[]
  })

export const entriesListParams = z.object({
  page: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(10_000).default(1),
  pageSize: z.coerce.number().int('must be a whole number').min(1, 'must be 1 or more').max(200, 'must be 200 or less').default(50),
  updatedSince: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'must be an ISO date such as 2026-01-31 or 2026-01-31T12:00:00Z')
    .refine((v) => !Number.isNaN(Date.parse(v)), 'is not a real date')
    .optional(),
})

export const entryParams = z.object({ sections: sectionsParam.optional() })

export const lookupParams = z.object({
  system: z.enum(CODE_SYSTEM_IDS, { message: `must be one of ${CODE_SYSTEM_IDS.join(', ')}` }),
  code: z.string().trim().min(1, 'is required').max(40, 'is longer than 40 characters'),
})

export const oembedParams = z.object({
  url: z.string().min(1, 'is required').max(2000),
  maxwidth: z.coerce.number().int('must be a whole number').min(100, 'must be at least 100').max(4000).optional(),
  maxheight: z.coerce.number().int('must be a whole number').min(100, 'must be at least 100').max(8000).optional(),
  format: z.string().max(10).default('json'),
})

/** Parse URL search parameters with a schema; the first problem names its parameter. */
export function parseParams<T extends z.ZodType>(schema: T, search: URLSearchParams, allowed: string[]): ParamResult<z.output<T>> {
  for (const key of search.keys())
    if (!allowed.includes(key)) return { ok: false, parameter: key.slice(0, 40), reason: `is not a parameter here; use ${allowed.join(', ') || 'none'}` }
  const raw: Record<string, string> = {}
  for (const key of allowed) {
    const values = search.getAll(key)
    if (values.length > 1) return { ok: false, parameter: key, reason: 'is given more than once' }
    if (values.length === 1) raw[key] = values[0]
  }
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, value: result.data }
  const issue = result.error.issues[0]
  return { ok: false, parameter: String(issue?.path[0] ?? '(query)'), reason: issue?.message ?? 'is invalid' }
}
