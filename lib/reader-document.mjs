// @ts-check
/**
 * Reader pages as documents. Next.js renders every page with its client runtime: about 138 KB of compressed
 * JavaScript and an inline copy of the page as a React Server Components payload (112 KB of the 191 KB of
 * an entry's HTML), which a phone spends hundreds of milliseconds hydrating, so that it can do what a
 * reader of a document never needs (client-side navigation, re-rendering). The production server
 * (scripts/serve.mjs) sends readers the document Next.js rendered without that runtime:
 *
 * - the framework's scripts go (`<script src=/_next/…>`, its inline bootstrap and `self.__next_f` payload)
 *   with the `<link rel=preload as=script>`s that fetch them; JSON-LD stays, and so do the page's own
 *   progressive-enhancement scripts, marked `data-enhance` (search suggestions: lib/search/suggest-script.mjs);
 * - everything else is byte for byte what Next.js rendered, from its ISR cache as before (cache tags,
 *   revalidation and headers unchanged); links are plain links, so each page is a full, fast load;
 * - draft previews keep the runtime (a request with the draft-mode cookie is passed through untouched: the
 *   Presentation tool's Visual Editing and live refresh need React), as do the Studio, route handlers,
 *   React Server Components requests (`RSC: 1`) and a page that would need it to finish rendering (a
 *   Suspense boundary still pending or left to the client: `<!--$?-->`, `<!--$!-->`).
 *
 * - with Next.js's inline scripts gone, the Content-Security-Policy of a document allows scripts by their
 *   hashes only (no 'unsafe-inline', no files): content that slipped past escaping could not run.
 *
 * Next.js compresses responses itself; for a page that is rewritten here it is asked not to (the request's
 * Accept-Encoding is held back), and the rewritten document is gzipped here instead.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { SUGGEST_SCRIPT } from './search/suggest-script.mjs'

/** The scripts a document runs, as CSP hash sources. */
const SCRIPT_SOURCES = [SUGGEST_SCRIPT]
  .map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`)
  .join(' ')

/**
 * A page's Content-Security-Policy for its document: script-src names the scripts it keeps, and only them.
 * @param {string} policy
 */
export const documentPolicy = (policy) => policy.replace(/script-src [^;]*/, `script-src ${SCRIPT_SOURCES}`)

/** Paths whose HTML is never a reader page (or has no Next.js runtime to take away). */
const NOT_READER_PAGES = /^\/(?:_next|api|studio|embed|media|cds-services|infobutton)(?:\/|$)/
const DRAFT_MODE_COOKIE = /(?:^|;\s*)__prerender_bypass=/

/**
 * A request whose HTML answer a reader gets as a document.
 * @param {import('node:http').IncomingMessage} req
 */
export function readsAsDocument(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (req.headers.rsc !== undefined || req.headers['next-router-prefetch'] !== undefined) return false
  if (DRAFT_MODE_COOKIE.test(req.headers.cookie ?? '')) return false
  const pathname = (req.url ?? '/').split('?')[0]
  return !NOT_READER_PAGES.test(pathname)
}

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="script")[^>]*>/gi
const KEPT_SCRIPT = /\btype="application\/ld\+json"|\bdata-enhance(?:[\s=>]|$)/i
/** React's marks for a Suspense boundary still waiting for content, or left for the client to render. */
const NEEDS_CLIENT = /<!--\$[?!]-->/

/** @param {string} html */
export const needsClient = (html) => NEEDS_CLIENT.test(html)

/**
 * The page without Next.js's client runtime, or the page unchanged if it needs it to finish rendering.
 * @param {string} html
 */
export function withoutClientRuntime(html) {
  if (needsClient(html)) return html
  return html
    .replace(SCRIPT, (script, attributes) => (KEPT_SCRIPT.test(attributes) ? script : ''))
    .replace(SCRIPT_PRELOAD, '')
}

/** @param {unknown} value */
const encodingOf = (value) => (typeof value === 'string' && Buffer.isEncoding(value) ? value : 'utf8')

/** @typedef {{ plain: Buffer, gzipped?: Buffer, stripped: boolean }} Document */

/**
 * Documents already made, by the ETag Next.js gave the page (a hash of its HTML: the same ETag, the same
 * page): a cached page is rewritten and compressed once, not on every request. At most DOCUMENTS_KEPT
 * (about 50 MB with entries of this size), the least recently sent dropped first.
 * @type {Map<string, Document>}
 */
const documents = new Map()
const DOCUMENTS_KEPT = 500

/**
 * @param {Buffer} page
 * @param {unknown} etag
 * @returns {Document}
 */
function documentOf(page, etag) {
  const known = typeof etag === 'string' ? documents.get(etag) : undefined
  if (known && typeof etag === 'string') {
    // Most recently used last: the first key is the one to drop.
    documents.delete(etag)
    documents.set(etag, known)
    return known
  }
  const html = page.toString('utf8')
  const stripped = !needsClient(html)
  /** @type {Document} */
  const doc = { plain: stripped ? Buffer.from(withoutClientRuntime(html), 'utf8') : page, stripped }
  if (typeof etag === 'string') {
    documents.set(etag, doc)
    if (documents.size > DOCUMENTS_KEPT) documents.delete(/** @type {string} */ (documents.keys().next().value))
  }
  return doc
}

/** Statuses whose HTML body is a page a reader reads: the page, the 404 page, the 503 page, errors. */
const isPage = (/** @type {number} */ status) => status === 200 || status >= 400

/**
 * Sends `res`'s HTML body as a document (withoutClientRuntime): holds the head back until the body is
 * complete, then sends both, gzipped when the client accepts it. Call before Next.js handles the request.
 * Anything that is not an HTML page (a redirect, a 304, JSON, a stream of another type) passes through.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function sendAsDocument(req, res) {
  const acceptsGzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))
  delete req.headers['accept-encoding']
  // The originals are called with whatever arguments (overloads) Next.js used: `any`.
  /** @type {{ writeHead: any, write: any, end: any, flushHeaders: any }} */
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
  /** Whether the head has been seen, and if so whether the body is held (a page) or passes through. */
  let state = /** @type {'undecided' | 'held' | 'passing'} */ ('undecided')
  /** @type {Buffer[]} */
  const body = []
  let status = 200

  // Node's overloads cannot be expressed for wrappers that forward their arguments: `any` (and below).
  /** @type {any} */
  const heldHead = function (/** @type {number} */ code, /** @type {any[]} */ ...rest) {
    const headers = rest.find((r) => r && typeof r === 'object')
    if (Array.isArray(headers))
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1])
    else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    const type = String(res.getHeader('content-type') ?? '')
    if (isPage(code) && type.startsWith('text/html') && !res.getHeader('content-encoding')) {
      state = 'held'
      status = code
      return res
    }
    state = 'passing'
    res.writeHead = original.writeHead
    return original.writeHead.call(res, code, ...rest.filter((r) => typeof r === 'string'))
  }
  const decide = () => {
    if (state === 'undecided') res.writeHead(res.statusCode)
    return state === 'held'
  }
  res.writeHead = heldHead
  // While the body is held, nothing may reach the socket: flushing would send the head untransformed.
  res.flushHeaders = () => (decide() ? undefined : original.flushHeaders.call(res))

  /** @type {any} */
  const heldWrite = function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
    if (!decide()) return original.write.call(res, chunk, ...rest)
    if (chunk !== undefined && chunk !== null)
      body.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, /** @type {BufferEncoding} */ (encodingOf(rest[0]))),
      )
    const callback = rest.find((r) => typeof r === 'function')
    if (callback) process.nextTick(callback)
    return true
  }
  res.write = heldWrite

  /** @type {any} */
  const heldEnd = function (/** @type {any[]} */ ...args) {
    if (!decide()) return original.end.call(res, ...args)
    const callback = args.find((a) => typeof a === 'function')
    if (args[0] !== undefined && args[0] !== null && typeof args[0] !== 'function')
      heldWrite(args[0], typeof args[1] === 'string' ? args[1] : undefined)
    const doc = documentOf(Buffer.concat(body), res.getHeader('etag'))
    const policy = res.getHeader('content-security-policy')
    if (typeof policy === 'string' && doc.stripped) res.setHeader('Content-Security-Policy', documentPolicy(policy))
    let out = doc.plain
    if (acceptsGzip && req.method !== 'HEAD' && out.length > 0) {
      out = doc.gzipped ??= gzipSync(out, { level: 6 })
      res.setHeader('Content-Encoding', 'gzip')
    }
    const vary = String(res.getHeader('vary') ?? '')
    if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    if (req.method === 'HEAD') res.removeHeader('content-length')
    else res.setHeader('Content-Length', out.length)
    original.writeHead.call(res, status)
    return original.end.call(res, req.method === 'HEAD' ? undefined : out, callback)
  }
  res.end = heldEnd
}
