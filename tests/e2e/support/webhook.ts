import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { ROOT } from './site'

export const WEBHOOK_SECRET = 'test-webhook-secret'

/** `npm run content:publish <id>` as an editor runs it in local mode, against the site at `url` reading `dataset`. */
export function publishLocally(url: string, dataset: string, id: string) {
  return spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/content-publish.ts', id, '--url', url], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DATASET: dataset, SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET },
    encoding: 'utf8',
  })
}

/** POST a body to /api/revalidate, signed as Sanity signs webhooks (or with a wrong secret). */
export async function sendWebhook(
  base: string,
  body: unknown,
  options: { secret?: string | null; timestamp?: number } = {},
) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (options.secret !== null)
    headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(
      text,
      options.timestamp ?? Date.now(),
      options.secret ?? WEBHOOK_SECRET,
    )
  const res = await fetch(`${base}/api/revalidate`, {
    method: 'POST',
    headers,
    body: text,
    signal: AbortSignal.timeout(30_000),
  })
  return {
    status: res.status,
    body: (await res.json().catch(() => null)) as { tags?: string[]; error?: string; document?: string } | null,
  }
}

/**
 * How long a test waits for something to happen before it fails. A bound, not a budget: tests check that
 * things happen, never how fast (on two shared cores anything can take a few seconds); the publishing figures
 * are measured by `npm run bench:publish`.
 */
export const EVENTUALLY_TIMEOUT_MS = 30_000

export interface EventuallyOptions {
  /** What should happen, in words: the failure says it did not. */
  what: string
  timeoutMs?: number
  intervalMs?: number
}

/**
 * Poll `check` until it is true. A check that throws (a server still starting, a page mid-render) counts as
 * not yet; after `timeoutMs` this throws "<what> did not happen within 30 s", with the last error if any.
 */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  { what, timeoutMs = EVENTUALLY_TIMEOUT_MS, intervalMs = 100 }: EventuallyOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      if (await check()) return
      lastError = undefined
    } catch (error) {
      lastError = error
    }
    if (Date.now() >= deadline) {
      const cause =
        lastError === undefined
          ? ''
          : ` (last check failed: ${lastError instanceof Error ? lastError.message : String(lastError)})`
      throw new Error(`${what} did not happen within ${timeoutMs / 1000} s${cause}`)
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/**
 * For benchmarks that measure (bench/load.ts): poll `check` until it is true and return the milliseconds it
 * took; throws after `timeoutMs`. Tests use `eventually`, which measures nothing.
 */
export async function within(timeoutMs: number, check: () => Promise<boolean>, intervalMs = 100): Promise<number> {
  const started = Date.now()
  await eventually(check, { what: 'the condition', timeoutMs, intervalMs })
  return Date.now() - started
}

/**
 * Expect a server's output to match, waiting (up to EVENTUALLY_TIMEOUT_MS) for the line: a server logs
 * through a pipe, so its line can arrive a moment after the answer that the test saw.
 */
export async function expectLogged(output: () => string, pattern: RegExp): Promise<void> {
  await eventually(() => pattern.test(output()), { what: `a log line matching ${pattern}` }).catch(() => undefined)
  expect(output()).toMatch(pattern)
}
