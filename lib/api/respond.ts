/**
 * JSON responses of the public API: open CORS for reading, ETag / If-None-Match, cache headers with the
 * content tags, and errors that name the parameter and the reason.
 */
import crypto from 'node:crypto'
import { cacheHeaders } from '../http-cache'
import { jsonError } from '../http'

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, Content-Type',
  'Access-Control-Expose-Headers': 'ETag, Cache-Control',
  'Access-Control-Max-Age': '86400',
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS })
}

/** A body with an ETag; 304 when the client already has it. */
export function cachedBody(
  request: Request,
  body: string,
  contentType: string,
  tags: string[],
  sMaxAge = 300,
): Response {
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  const headers = { ...CORS_HEADERS, ...cacheHeaders({ tags, sMaxAge }), ETag: etag, Vary: 'Accept-Encoding' }
  const match = request.headers.get('if-none-match')
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
    return new Response(null, { status: 304, headers })
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } })
}

export function apiJson(request: Request, data: unknown, tags: string[], sMaxAge = 300): Response {
  return cachedBody(request, JSON.stringify(data), 'application/json; charset=utf-8', tags, sMaxAge)
}

/** The API's errors: lib/http.ts's JSON error, readable from other origins. */
export function apiError(status: number, error: string, detail: Record<string, unknown> = {}): Response {
  return jsonError(status, error, detail, CORS_HEADERS)
}

export function badParameter(parameter: string, reason: string): Response {
  return apiError(400, `Parameter "${parameter}" ${reason}.`, { parameter, reason })
}
