// @ts-check
/**
 * The front door: what every request meets before Next.js, in plain Node (scripts/serve.mjs). It answers
 * what Next.js would otherwise turn into a 500 or a stack trace in the log, or serve with the wrong headers:
 *
 * - methods a route does not take (TRACE, PUT, DELETE, … and POST outside the webhook): 405 with `Allow`;
 *   OPTIONS outside the API (whose routes answer CORS preflights themselves): 204 with `Allow`;
 * - addresses that are not valid percent-encoded UTF-8 (`/embed/%FF`), in the path or the query: 400;
 * - `Next-Action` headers: the site has no Server Actions, so such a request is refused (400) before
 *   Next.js looks for one and logs its failure;
 * - `Range`: none of the site's files needs partial responses, and Next.js answers a malformed or
 *   unsatisfiable range with a 500, so Range is ignored (RFC 9110 lets a server do that) and responses say
 *   `Accept-Ranges: none`;
 * - error responses (status 400 and above), whoever wrote them: never kept by shared caches
 *   (`Cache-Control: no-store`, no surrogate keys or cache tags).
 *
 * Refusals are logged at most five lines a minute for each status (lib/log-line.mjs), then counted.
 */
import { BASELINE_HEADERS, NO_STORE_VALUE, REFUSAL_CSP, hstsHeaders } from './baseline-headers.mjs'
import { formatLine, limitLine } from './log-line.mjs'

/** @typedef {{ status: number, headers: Record<string, string>, body: string }} Refusal */

/** @type {{ key: string, value: string }[]} */
let hsts = []

/**
 * The environment's say in the front door's headers (HSTS, as lib/security-headers.ts sends it): the
 * server script (scripts/serve.mjs) passes its environment once at start.
 * @param {Record<string, string | undefined>} env
 */
export function configureFrontDoor(env) {
  hsts = hstsHeaders(env)
}
/** @typedef {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} IncomingLike */

/** Methods each kind of address takes (first match wins). */
const ROUTE_METHODS = /** @type {const} */ ([
  { pattern: /^\/api\/revalidate\/?$/, methods: ['POST'] },
  { pattern: /^\/api\/draft-mode\//, methods: ['GET', 'HEAD'] },
  // The API's routes answer CORS preflight requests themselves (CDS Hooks: discovery, then POSTs to a service).
  { pattern: /^\/api\//, methods: ['GET', 'HEAD', 'OPTIONS'] },
  { pattern: /^\/cds-services\/?$/, methods: ['GET', 'HEAD', 'OPTIONS'] },
  { pattern: /^\/cds-services\//, methods: ['POST', 'OPTIONS'] },
  { pattern: /^\/studio(?:\/|$)/, methods: ['GET', 'HEAD'] },
  { pattern: /^/, methods: ['GET', 'HEAD', 'OPTIONS'] },
])

/** @param {string} pathname */
export function allowedMethods(pathname) {
  // The last pattern matches every path, so find() always finds one.
  return /** @type {readonly string[]} */ (
    /** @type {(typeof ROUTE_METHODS)[number]} */ (ROUTE_METHODS.find((r) => r.pattern.test(pathname))).methods
  )
}

/** Addresses for other software (JSON answers, CORS preflights answered by the routes). */
export const isApi = (/** @type {string} */ pathname) =>
  pathname.startsWith('/api/') || /^\/cds-services(?:\/|$)/.test(pathname)

/** @param {string} text */
function decodes(text) {
  try {
    decodeURIComponent(text)
    return true
  } catch {
    return false
  }
}

/**
 * What to answer instead of Next.js, or undefined to pass the request on.
 * @param {IncomingLike} req
 * @returns {Refusal | undefined}
 */
export function screenRequest(req) {
  const method = (req.method ?? 'GET').toUpperCase()
  if (method === 'OPTIONS' && req.url === '*') return answer(204, '/', undefined, { Allow: 'GET, HEAD, OPTIONS, POST' })
  const url = originForm(req)
  if (url === undefined)
    return refuse(400, '/', 'The request target must be a path on this site (or an absolute URL of it).')
  const queryAt = url.indexOf('?')
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt)
  const query = queryAt === -1 ? '' : url.slice(queryAt + 1)

  const allowed = allowedMethods(pathname)
  if (!allowed.includes(method))
    return refuse(
      405,
      pathname,
      `This address does not take ${method.slice(0, 20)} requests; use ${allowed.join(' or ')}.`,
      { Allow: allowed.join(', ') },
    )
  if (method === 'OPTIONS' && !isApi(pathname)) return answer(204, pathname, undefined, { Allow: allowed.join(', ') })

  if (!decodes(pathname))
    return refuse(
      400,
      pathname,
      'The address is not valid: it has a malformed percent-encoding (%XX must spell UTF-8).',
    )
  for (const part of query.split(/[&=]/))
    if (!decodes(part.replace(/\+/g, ' ')))
      return refuse(
        400,
        pathname,
        'The query string is not valid: it has a malformed percent-encoding (%XX must spell UTF-8).',
      )

  if (req.headers['next-action'] !== undefined) return refuse(400, pathname, 'This site has no server actions.')
  return undefined
}

/**
 * The request target as a path: origin-form as it is, absolute-form (`GET http://host/path`, which RFC 9112
 * says a server must accept) when its authority is the request's Host; undefined for anything else.
 * @param {IncomingLike} req
 */
export function originForm(req) {
  const url = req.url ?? '/'
  if (url.startsWith('/')) return url
  const absolute = /^https?:\/\/([^/?#]+)([^#]*)/i.exec(url)
  if (!absolute || absolute[1].toLowerCase() !== String(req.headers.host ?? '').toLowerCase()) return undefined
  return absolute[2].startsWith('/') ? absolute[2] : `/${absolute[2]}`
}

/** The answer when Next.js itself failed on a request: a 500 with the same headers as every refusal. */
export function serverError() {
  return answer(500, '/', 'Something went wrong on our side; please try again in a minute.')
}

/**
 * @param {number} status
 * @param {string} pathname
 * @param {string | undefined} message
 * @param {Record<string, string>} [extra]
 * @returns {Refusal}
 */
function answer(status, pathname, message, extra = {}) {
  const headers = {
    ...Object.fromEntries([...BASELINE_HEADERS, ...hsts].map((h) => [h.key, h.value])),
    'Content-Security-Policy': REFUSAL_CSP,
    'X-Frame-Options': 'DENY',
    'Cache-Control': NO_STORE_VALUE,
    ...extra,
  }
  if (message === undefined) return { status, headers, body: '' }
  if (isApi(pathname))
    return {
      status,
      headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ error: message }),
    }
  // A small page a reader can act on; the message is a constant of this file, escaped all the same.
  const text = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Bad request · Open Medical Encyclopedia</title></head><body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><h1>This request cannot be answered</h1><p>${text}</p><p><a href="/">Go to the home page</a></p></body></html>`
  return { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }, body }
}

/**
 * @param {number} status
 * @param {string} pathname
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
function refuse(status, pathname, message, extra) {
  const { write, suppressed } = limitLine(`front-door:${status}`)
  if (write)
    console.warn(
      formatLine('front-door', 'request refused', {
        status,
        path: pathname.slice(0, 120),
        reason: message,
        suppressed: suppressed || undefined,
      }),
    )
  return answer(status, pathname, message, extra)
}

/**
 * Response rules for everything Next.js answers: errors are never stored by shared caches, and Range is
 * not offered. Wraps `writeHead`, through which Node sends every response's head.
 * @param {import('node:http').ServerResponse} res
 */
export function guardResponse(res) {
  const writeHead = res.writeHead
  // writeHead's overloads cannot be expressed for a wrapper that forwards its arguments: `any` twice.
  /** @type {any} */
  const wrapped = function (/** @type {number} */ status, /** @type {any[]} */ ...rest) {
    if (res.hasHeader('accept-ranges')) res.setHeader('Accept-Ranges', 'none')
    if (status >= 400) {
      for (const name of ['surrogate-key', 'cache-tag', 'cdn-cache-control', 'surrogate-control'])
        res.removeHeader(name)
      res.setHeader('Cache-Control', NO_STORE_VALUE)
      rest = rest.map((headers) => (headers && typeof headers === 'object' ? withoutCacheHeaders(headers) : headers))
    }
    return writeHead.call(res, status, ...rest)
  }
  res.writeHead = wrapped
}

const CACHE_HEADER = /^(cache-control|cdn-cache-control|surrogate-control|surrogate-key|cache-tag)$/i

/**
 * Headers given to writeHead directly, as an object or as Node's flat [name, value, …] list.
 * @param {Record<string, unknown> | unknown[]} headers
 */
function withoutCacheHeaders(headers) {
  if (!Array.isArray(headers))
    return Object.fromEntries(Object.entries(headers).filter(([key]) => !CACHE_HEADER.test(key)))
  /** @type {unknown[]} */
  const kept = []
  for (let i = 0; i + 1 < headers.length; i += 2)
    if (!CACHE_HEADER.test(String(headers[i]))) kept.push(headers[i], headers[i + 1])
  return kept
}

/**
 * Requests that reach Next.js: the target in origin-form, Range (and If-Range) removed (see above), and
 * Next.js's internal subrequest header removed, which no client has a reason to send.
 * @param {import('node:http').IncomingMessage} req
 */
export function prepareRequest(req) {
  req.url = originForm(req) ?? '/'
  delete req.headers['x-middleware-subrequest']
  if (req.headers.range === undefined) return
  delete req.headers.range
  delete req.headers['if-range']
}
