/**
 * How content is validated at the boundary: a whole document is kept or left out, and inside a document,
 * list items and optional fields that are malformed are left out one by one. Everything left out is
 * reported as `document id · field path · reason`.
 */
import { z } from 'zod'
import { log } from '../log'

export interface ContentIssue {
  document: string
  path: string
  reason: string
}

let sink: ContentIssue[] | null = null

type Reporter = (issue: ContentIssue & { level: 'item' | 'document'; query: string }) => void

/**
 * Problems already logged: reads are cached, but parsing runs on every read, and routes such as the API and
 * embeds read on every request, so without this one request per second would write one line per second.
 * Forgotten after a publish (the document may have been mended, or broken again) and when it grows large.
 */
const logged = new Set<string>()
const MAX_REMEMBERED = 10_000

export function forgetLoggedContentIssues() {
  logged.clear()
}

function logOnce(message: string, fields: Record<string, string>) {
  const key = JSON.stringify(fields)
  if (logged.has(key)) return
  if (logged.size >= MAX_REMEMBERED) logged.clear()
  logged.add(key)
  log.warn('content', message, fields)
}

const logReporter: Reporter = (issue) =>
  logOnce(issue.level === 'document' ? 'invalid document left out' : 'invalid content left out', {
    document: issue.document,
    path: issue.path,
    reason: issue.reason,
    query: issue.query,
  })

let reporter: Reporter = logReporter

/** Report one problem found outside a zod parse (duplicate slugs, links to hidden entries, cycles). */
export function reportContentIssue(issue: ContentIssue & { level: 'item' | 'document'; query: string }) {
  reporter(issue)
}

/** Send content issues to `collect` instead of the log while `fn` runs (the dataset checker uses this). */
export async function collectContentIssues<T>(collect: Reporter, fn: () => Promise<T>): Promise<T> {
  const previous = reporter
  reporter = collect
  try {
    return await fn()
  } finally {
    reporter = previous
  }
}
const pathStack: string[] = []

function report(path: string, reason: string) {
  const full = [...pathStack, path].filter(Boolean).join('.')
  const issue = { document: '?', path: full, reason }
  if (sink) sink.push(issue)
  else logOnce('invalid content left out', { path: full, reason })
}

/**
 * Report one problem from inside a parse (a transform that drops or replaces part of an item): `path` is
 * relative to the list item being parsed, and the line gets the document id like every other one.
 */
export function reportWhileParsing(path: string, reason: string) {
  report(path, reason)
}

/** A name taken from content, as a reason may quote it: control characters replaced, at most 40 characters. */
export function quoted(name: unknown): string {
  if (typeof name !== 'string') return `(${name === null ? 'null' : typeof name})`
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?')
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`
}

export function describeZodError(error: z.ZodError): { path: string; reason: string } {
  const first = error.issues[0]
  const path =
    first?.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
      .join('.')
      .replace(/\.\[/g, '[') ?? ''
  return { path, reason: first?.message ?? 'invalid' }
}

/** A list whose malformed items are dropped (and reported) instead of failing the document. */
export function softArray<T extends z.ZodType>(item: T, name: string, options: { max?: number } = {}) {
  return z
    .array(z.unknown())
    .nullish()
    .catch((ctx) => {
      report(name, `not a list (${typeof ctx.value}); left out`)
      return []
    })
    .transform((items) => {
      const out: z.output<T>[] = []
      const list = items ?? []
      const max = options.max ?? 1000
      if (list.length > max) report(name, `${list.length} items; only the first ${max} are kept`)
      list.slice(0, max).forEach((raw, i) => {
        const frame = `${name}[${i}]`
        pathStack.push(frame)
        let result: z.ZodSafeParseResult<z.output<T>>
        try {
          result = item.safeParse(raw) as z.ZodSafeParseResult<z.output<T>>
        } finally {
          pathStack.pop()
        }
        if (result.success) out.push(result.data)
        else {
          const { path, reason } = describeZodError(result.error)
          report(`${frame}${path ? `.${path}` : ''}`, `${reason}; item left out`)
        }
      })
      return out
    })
}

/** An optional field that is left out (and reported) when malformed, keeping the rest of the document. */
export function optional<T extends z.ZodType>(schema: T, name: string) {
  return schema
    .nullish()
    .catch((ctx) => {
      const reason = ctx.error.issues[0]?.message ?? 'invalid'
      report(name, `${reason}; field left out`)
      return undefined
    })
    .transform((v) => v ?? undefined)
}

/** A reference that must resolve: null after `->` means the target is missing or unpublished. */
export function resolved<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((value, ctx): z.output<T> => {
    if (value === null || value === undefined) {
      ctx.issues.push({
        code: 'custom',
        message: 'dangling reference (the linked document is missing or unpublished)',
        input: value,
      })
      return z.NEVER
    }
    const result = schema.safeParse(value)
    if (!result.success) {
      for (const issue of result.error.issues)
        ctx.issues.push({ code: 'custom', message: issue.message, path: issue.path, input: value })
      return z.NEVER
    }
    return result.data
  })
}

/**
 * Parse one document (or one query result) and log everything left out, one line each.
 * Returns null, with a log line, when the document itself is unusable.
 */
export function parseDocument<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: { id?: string; query: string },
): z.output<T> | null {
  const issues: ContentIssue[] = []
  const outer = sink
  sink = issues
  let result: ReturnType<T['safeParse']>
  try {
    result = schema.safeParse(value) as ReturnType<T['safeParse']>
  } finally {
    sink = outer
  }
  const id = where.id ?? documentId(value) ?? '?'
  for (const issue of issues) reporter({ ...issue, document: id, level: 'item', query: where.query })
  if (!result.success) {
    const { path, reason } = describeZodError(result.error)
    reporter({ document: id, path, reason, level: 'document', query: where.query })
    return null
  }
  return result.data as z.output<T>
}

/** Parse a list of documents one by one: one bad document never hides the others. */
export function parseDocuments<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: { query: string },
): z.output<T>[] {
  if (!Array.isArray(value)) {
    log.warn('content', 'expected a list of documents; nothing shown', { query: where.query, got: typeof value })
    return []
  }
  const out: z.output<T>[] = []
  for (const item of value) {
    const parsed = parseDocument(schema, item, where)
    if (parsed !== null) out.push(parsed)
  }
  return out
}

function documentId(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && '_id' in value) {
    const id = (value as { _id: unknown })._id
    if (typeof id === 'string') return id.slice(0, 120)
  }
  return undefined
}
