import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

export const WEBHOOK_SECRET = 'test-webhook-secret'

/** POST a body to /api/revalidate, signed as Sanity signs webhooks (or with a wrong secret). */
export async function sendWebhook(base: string, body: unknown, options: { secret?: string | null; timestamp?: number } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (options.secret !== null)
    headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(text, options.timestamp ?? Date.now(), options.secret ?? WEBHOOK_SECRET)
  const res = await fetch(`${base}/api/revalidate`, { method: 'POST', headers, body: text, signal: AbortSignal.timeout(30_000) })
  return { status: res.status, body: (await res.json().catch(() => null)) as { tags?: string[]; error?: string } | null }
}

/** Poll `check` until it is true; returns the milliseconds it took, or throws after `timeoutMs`. */
export async function within(timeoutMs: number, check: () => Promise<boolean>, intervalMs = 100): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`not true within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

/**
 * Expect a server's output to match, waiting up to `timeoutMs` for the line: a server logs through a pipe,
 * so its line can arrive a moment after the answer that the test saw.
 */
export async function expectLogged(output: () => string, pattern: RegExp, timeoutMs = 5000): Promise<void> {
  await within(timeoutMs, async () => pattern.test(output())).catch(() => undefined)
  expect(output()).toMatch(pattern)
}
