/** Small helpers for route handlers: JSON errors that say what was wrong, and bounded request bodies. */
import { NO_STORE } from './http-cache'

export function jsonError(
  status: number,
  error: string,
  detail?: Record<string, unknown>,
  headers?: HeadersInit,
): Response {
  return Response.json({ error, ...detail }, { status, headers: { ...NO_STORE, ...headers } })
}

export class BodyTooLargeError extends Error {}

/** Read a request body as text, refusing (BodyTooLargeError) as soon as it exceeds `limit` bytes. */
export async function readBodyLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      throw new BodyTooLargeError()
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
