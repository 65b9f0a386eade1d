/**
 * Finds markup, attributes and URLs that content introduced into an output, by parsing the output with real
 * parsers: HTML with htmlparser2, XML with fast-xml-parser, JSON with JSON.parse. Text that looks like markup
 * is fine when it is text (escaped in HTML and XML, a string in JSON): only what a parser turns into an
 * element, an attribute, a script, a comment or a link counts.
 *
 * Payloads in the hostile fixture carry a marker (PAYLOAD_ATTRIBUTE="…" on their tags, ⟦…⟧ in their text),
 * so a finding names the field it came from.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { DomUtils, parseDocument } from 'htmlparser2'

/** The attribute every payload tag carries, with the payload's marker as its value. */
export const PAYLOAD_ATTRIBUTE = 'data-injected'

/** The payload's marker as text: ⟦marker⟧. */
export const markerText = (marker: string) => `⟦${marker}⟧`

export interface Finding {
  /** The output: the address it was fetched from. */
  url: string
  /** Where in the output: an element path, a JSON path or an XML path. */
  where: string
  /** What was found. */
  kind: FindingKind
  /** The offending markup or value, shortened. */
  detail: string
  /** The payload marker found in or around it ("?" when none). */
  marker: string
}

export type FindingKind =
  | 'event-handler attribute'
  | 'broken-out attribute'
  | 'payload element'
  | 'content in a template attribute'
  | 'unsafe URL'
  | 'script runs content'
  | 'script breaks out of its element'
  | 'data script is not valid JSON'
  | 'element not in the template'
  | 'comment opened by content'
  | 'not valid JSON'
  | 'not well-formed XML'
  | 'content in plain text'
  | 'prototype name reached a renderer'

export interface DetectorOptions {
  /** The output's address, copied into each finding. */
  url: string
  /** The site's own origins (SITE_URL and the address the server answers on), for iframes, images and forms. */
  origins: string[]
  /** A prefix for `where`: set when this output is nested in another (HTML in a JSON string). */
  within?: string
}

// ---------------------------------------------------------------- markers and URLs

const MARKER_PATTERNS: RegExp[] = [
  new RegExp(`${PAYLOAD_ATTRIBUTE}\\s*=\\s*(?:&quot;|&#x27;|["'])?([^"'\\s>/&]+)`, 'i'),
  /⟦([^⟧]{1,80})⟧/,
  /alert\(\s*(?:&quot;|&#x27;|["'])?\s*([^"'&)\s]{1,40})/,
  /onerror\s*=\s*["']?([^"'\s>]{1,40})/i,
]

/** The payload marker in pieces of output (the first piece that has one wins), or "?" when none has one. */
export function markerIn(...texts: string[]): string {
  for (const text of texts)
    for (const pattern of MARKER_PATTERNS) {
      const m = pattern.exec(text)
      if (m)
        return pattern === MARKER_PATTERNS[2]
          ? `alert(${m[1]})`
          : pattern === MARKER_PATTERNS[3]
            ? `onerror=${m[1]}`
            : m[1]
    }
  return '?'
}

/** Signs that a piece of script or style text carries a payload. */
const PAYLOAD_SIGNS = new RegExp(
  `${PAYLOAD_ATTRIBUTE}|⟦|\\balert\\s*\\(|onerror\\s*=|onload\\s*=|<script|<img|<svg`,
  'i',
)

/** The scheme of a URL as a browser would read it: control characters and whitespace removed, lower-cased. */
export function urlScheme(value: string): string | null {
  // Browsers drop tab and newline anywhere and strip leading controls and spaces; dropping every
  // whitespace and control character is stricter than that.
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f\s]/g, '').toLowerCase()
  const m = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)
  return m ? m[1] : null
}

const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'livescript', 'mocha'])

/** Why a URL must not be followed or loaded (javascript:, vbscript:, data:), or null. The site uses no data: URLs. */
export function unsafeUrlReason(value: string): string | null {
  const scheme = urlScheme(value)
  if (scheme && SCRIPT_SCHEMES.has(scheme)) return `${scheme}: URL`
  if (scheme === 'data') return 'data: URL'
  // Browsers read a backslash as a slash: /\host and \\host are other sites, as //host is.
  if (/^\s*[/\\][/\\]/.test(value)) return 'a path that leaves the site (//, /\\ or \\\\)'
  return null
}

/** A site path ("/…" but not "//…") or an http(s) URL; with `links`, also a fragment or a mailto: address (as links may be). */
export function isWebUrl(value: string, options: { links?: boolean } = {}): boolean {
  if (/^\/(?![/\\])/.test(value)) return !unsafeUrlReason(value)
  if (options.links && (value.startsWith('#') || /^mailto:/i.test(value))) return true
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

const short = (s: string, max = 160) =>
  (s.length > max ? `${s.slice(0, max)}…` : s).replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028')

// ---------------------------------------------------------------- HTML

type HtmlDocument = ReturnType<typeof parseDocument>
type HtmlNode = HtmlDocument['children'][number]
type HtmlElement = Parameters<typeof DomUtils.getAttributeValue>[0]

const PLAIN_ATTRIBUTE_NAME = /^[a-z][a-z0-9:._-]*$/i
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
  'ping',
  'manifest',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'archive',
  'icon',
  'srcset',
  'imagesrcset',
])
/** Attributes the templates alone decide: content reaching one chooses the element's class, identity or style. */
const TEMPLATE_ATTRIBUTES = new Set([
  'class',
  'id',
  'style',
  'for',
  'name',
  'type',
  'rel',
  'target',
  'role',
  'method',
  'dir',
])
/** Elements the site never renders: any one of them was introduced. */
const NEVER_IN_TEMPLATE = new Set([
  'object',
  'embed',
  'applet',
  'base',
  'frameset',
  'frame',
  'portal',
  'math',
  'param',
  'xmp',
  'plaintext',
  'isindex',
  'listing',
  'fencedframe',
])
const FLIGHT_SCRIPT =
  /^\s*(?:\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(([\s\S]*)\)\s*;?\s*$/
const JSON_SCRIPT_TYPES = /^application\/(ld\+)?json$/i

function describeElement(el: HtmlElement): string {
  const id = el.attribs.id && PLAIN_ATTRIBUTE_NAME.test(el.attribs.id) ? `#${el.attribs.id}` : ''
  const cls = (el.attribs.class ?? '').split(/\s+/).filter((c) => /^[\w-]{1,40}$/.test(c))[0]
  return `${el.name}${id}${cls ? `.${cls}` : ''}`
}

const parentElement = (node: HtmlNode): HtmlElement | null =>
  node.parent && DomUtils.isTag(node.parent) ? node.parent : null

function elementPath(el: HtmlElement): string {
  const parts: string[] = []
  for (let node: HtmlElement | null = el; node; node = parentElement(node)) {
    const name = node.name
    const siblings = (node.parent?.children ?? []).filter((c): c is HtmlElement => DomUtils.isTag(c) && c.name === name)
    const index = siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(node) + 1})` : ''
    parts.unshift(`${describeElement(node)}${index}`)
  }
  return parts.join(' > ')
}

function openTag(el: HtmlElement): string {
  const attrs = Object.entries(el.attribs)
    .map(([k, v]) => (v === '' ? k : `${k}="${v}"`))
    .join(' ')
  return `<${el.name}${attrs ? ` ${attrs}` : ''}>`
}

const startsWithOrigin = (value: string, origins: string[], pathPrefix: string) =>
  value.startsWith(pathPrefix) || origins.some((o) => value.startsWith(`${o}${pathPrefix}`))

function allowedImageSource(src: string, origins: string[]): boolean {
  if (startsWithOrigin(src, origins, '/media/')) return !/["'<>\s]/.test(src)
  return /^https:\/\/cdn\.sanity\.io\/images\//.test(src)
}

/** Candidate URLs of a srcset attribute. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .filter(Boolean)

/** Findings in an HTML document or fragment. */
export function findInHtml(html: string, options: DetectorOptions): Finding[] {
  const findings: Finding[] = []
  const doc = parseDocument(html, { decodeEntities: true, withStartIndices: true, withEndIndices: true })
  const at = (where: string) => (options.within ? `${options.within} → ${where}` : where)
  const add = (kind: FindingKind, where: string, detail: string, marker: string) =>
    findings.push({ url: options.url, where: at(where), kind, detail: short(detail), marker })

  const visit = (node: HtmlNode, inSvgTemplate: boolean) => {
    if (DomUtils.isText(node)) {
      // A renderer that looked a content name up in a plain object ("constructor", "toString") prints this.
      const m = /\[object [A-Z][A-Za-z]*\]/.exec(node.data)
      const parent = parentElement(node)
      if (m && parent?.name !== 'script' && parent?.name !== 'style')
        add(
          'prototype name reached a renderer',
          parent ? elementPath(parent) : '(document)',
          node.data,
          markerIn(node.data),
        )
      return
    }
    if (DomUtils.isComment(node)) {
      if (PAYLOAD_SIGNS.test(node.data) || /<|>/.test(node.data)) {
        const parent = parentElement(node)
        add(
          'comment opened by content',
          `${parent ? elementPath(parent) : '(document)'} > <!--…-->`,
          `<!--${node.data}-->`,
          markerIn(node.data),
        )
      }
      return
    }
    if (!DomUtils.isTag(node)) return
    const el = node
    const path = elementPath(el)
    const tag = openTag(el)
    // The start tag as written says best which payload it was (the parsed attributes are what it broke into).
    const tagEnd = el.children[0]?.startIndex ?? (el.endIndex === null ? null : el.endIndex + 1)
    const source =
      el.startIndex !== null && tagEnd !== null ? html.slice(el.startIndex, Math.min(tagEnd, el.startIndex + 300)) : tag
    const text = DomUtils.textContent(el).slice(0, 400)
    const mark = () => markerIn(source, tag, text)
    const name = el.name.toLowerCase()

    for (const [attr, value] of Object.entries(el.attribs)) {
      const lower = attr.toLowerCase()
      if (!PLAIN_ATTRIBUTE_NAME.test(attr))
        add('broken-out attribute', path, `attribute named ${JSON.stringify(attr)} in ${source}`, mark())
      else if (lower.startsWith('on'))
        add('event-handler attribute', path, `${attr}=${JSON.stringify(value)} in ${tag}`, mark())
      if (lower === PAYLOAD_ATTRIBUTE) add('payload element', path, tag, value || mark())
      // Quotes are at home in a style attribute (font names); nowhere else in these.
      if (
        TEMPLATE_ATTRIBUTES.has(lower) &&
        ((lower === 'style' ? /[<>]/ : /[<>"']/).test(value) || PAYLOAD_SIGNS.test(value))
      )
        add('content in a template attribute', path, `${attr}=${JSON.stringify(value)}`, markerIn(value, source))
      if (URL_ATTRIBUTES.has(lower)) {
        const urls = lower.endsWith('srcset') ? srcsetUrls(value) : [value]
        for (const url of urls) {
          const reason = unsafeUrlReason(url)
          if (reason) add('unsafe URL', path, `${attr}=${JSON.stringify(url)} (${reason})`, markerIn(url, tag))
        }
      }
    }

    if (NEVER_IN_TEMPLATE.has(name)) add('element not in the template', path, tag, mark())
    else if (name === 'script') checkScript(el, path, tag, add)
    else if (name === 'style') {
      const css = DomUtils.textContent(el)
      if (PAYLOAD_SIGNS.test(css) || /<\//.test(css))
        add('script runs content', path, `style sheet with content: ${css.slice(0, 120)}`, markerIn(css))
    } else if (name === 'iframe') {
      if (!startsWithOrigin(el.attribs.src ?? '', options.origins, '/embed/'))
        add('element not in the template', path, `iframe from elsewhere: ${tag}`, mark())
    } else if (
      name === 'img' ||
      name === 'image' ||
      name === 'source' ||
      name === 'video' ||
      name === 'audio' ||
      name === 'input'
    ) {
      const src =
        el.attribs.src ?? el.attribs.href ?? el.attribs['xlink:href'] ?? el.attribs.srcset ?? el.attribs.poster
      if (name === 'input' && src === undefined && el.attribs.type !== 'image') {
        // A plain form field: nothing to load.
      } else if (src === undefined || !allowedImageSource(src, options.origins))
        add('element not in the template', path, `${name} not from /media or the Sanity CDN: ${tag}`, mark())
    } else if (name === 'svg') {
      // The relation graphs are the site's only inline SVG; an SVG inside one of them is not.
      const own = (el.attribs.class ?? '').split(/\s+/).includes('relation-graph') && !inSvgTemplate
      if (!own) add('element not in the template', path, `svg not drawn by the site: ${tag}`, mark())
    } else if (name === 'meta') {
      if (/refresh/i.test(el.attribs['http-equiv'] ?? '')) add('element not in the template', path, tag, mark())
    } else if (name === 'form') {
      // Without an action a form submits to its own page.
      const action = el.attribs.action ?? '/'
      if (!startsWithOrigin(action, options.origins, '/') || action.startsWith('//'))
        add('element not in the template', path, `form posting elsewhere: ${tag}`, mark())
    } else if ((name === 'button' || name === 'input') && el.attribs.formaction !== undefined)
      add('element not in the template', path, tag, mark())

    const inside = inSvgTemplate || name === 'svg'
    for (const child of el.children) visit(child, inside)
  }

  function checkScript(el: HtmlElement, path: string, tag: string, push: typeof add) {
    const text = DomUtils.textContent(el)
    const type = (el.attribs.type ?? '').trim()
    if (/<!--|<\/?script/i.test(text))
      push('script breaks out of its element', path, text.slice(0, 160), markerIn(text))
    if (el.attribs.src !== undefined) {
      if (!startsWithOrigin(el.attribs.src, options.origins, '/_next/'))
        push('element not in the template', path, `script from elsewhere: ${tag}`, markerIn(tag))
      if (text.trim())
        push('script runs content', path, `script with src and text: ${text.slice(0, 120)}`, markerIn(text))
      return
    }
    if (JSON_SCRIPT_TYPES.test(type)) {
      let data: unknown
      try {
        data = JSON.parse(text)
      } catch (error) {
        push(
          'data script is not valid JSON',
          path,
          `${(error as Error).message}: ${text.slice(0, 120)}`,
          markerIn(text),
        )
        return
      }
      if (/ld\+json/i.test(type)) {
        for (const problem of jsonLdProblems(data)) push('data script is not valid JSON', path, problem, markerIn(text))
        findings.push(...findInJsonValue(data, { ...options, within: at(`${path} (JSON-LD)`) }, '$', JSON_LD_URL_KEYS))
      }
      return
    }
    const flight = FLIGHT_SCRIPT.exec(text)
    if (flight) {
      // Next.js's React Server Components payload: content in it must be JSON string data, nothing else.
      try {
        const data: unknown = JSON.parse(flight[1])
        if (!Array.isArray(data))
          push(
            'data script is not valid JSON',
            path,
            `Next.js data is not an array: ${text.slice(0, 120)}`,
            markerIn(text),
          )
      } catch (error) {
        push(
          'data script is not valid JSON',
          path,
          `Next.js data: ${(error as Error).message}: ${text.slice(0, 120)}`,
          markerIn(text),
        )
      }
      return
    }
    if (PAYLOAD_SIGNS.test(text)) push('script runs content', path, text.slice(0, 160), markerIn(text))
  }

  for (const child of doc.children) visit(child, false)
  return findings
}

/** The text a reader sees: text nodes outside script, style and template, entities decoded. */
export function htmlText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true })
  const parts: string[] = []
  const walk = (node: HtmlNode) => {
    if (DomUtils.isText(node)) parts.push(node.data)
    else if (DomUtils.isTag(node) && !['script', 'style', 'template'].includes(node.name)) node.children.forEach(walk)
  }
  doc.children.forEach(walk)
  return parts.join('')
}

/** The JSON-LD blocks of a page, parsed (a block that does not parse is left out: findInHtml reports it). */
export function jsonLdOf(html: string): unknown[] {
  const doc = parseDocument(html, { decodeEntities: true })
  return DomUtils.findAll(
    (el) => el.name === 'script' && /ld\+json/i.test(el.attribs.type ?? ''),
    doc.children,
  ).flatMap((el) => {
    try {
      return [JSON.parse(DomUtils.textContent(el)) as unknown]
    } catch {
      return []
    }
  })
}

function jsonLdProblems(data: unknown): string[] {
  const blocks = Array.isArray(data) ? data : [data]
  const problems: string[] = []
  for (const block of blocks) {
    if (!block || typeof block !== 'object' || Array.isArray(block)) {
      problems.push(`JSON-LD is not an object: ${short(JSON.stringify(block))}`)
      continue
    }
    const record = block as Record<string, unknown>
    if (record['@context'] !== 'https://schema.org')
      problems.push(`JSON-LD @context is ${short(JSON.stringify(record['@context']))}`)
    if (typeof record['@type'] !== 'string' || !/^[A-Z][A-Za-z]+$/.test(record['@type']))
      problems.push(`JSON-LD @type is ${short(JSON.stringify(record['@type']))}`)
  }
  return problems
}

// ---------------------------------------------------------------- JSON

/** Keys whose values are addresses: url, href, src, anything ending in Url or _url, and everything under links. */
const API_URL_KEY = /^(url|href|src|uri|.*Url|.*Uri|.*URL|.*_url)$/
/** JSON-LD adds `item` (breadcrumbs), `@id`, `sameAs`, `image` and `logo`. */
const JSON_LD_URL_KEYS = /^(url|href|src|uri|item|@id|sameAs|image|logo|.*Url|.*URL|.*_url)$/

/** Findings in a JSON text (the body of an API answer). */
export function findInJson(text: string, options: DetectorOptions): Finding[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return [
      {
        url: options.url,
        where: options.within ?? '$',
        kind: 'not valid JSON',
        detail: short(`${(error as Error).message}: ${text.slice(0, 120)}`),
        marker: markerIn(text),
      },
    ]
  }
  return findInJsonValue(value, options)
}

/**
 * Findings in parsed JSON: every string under a key named `html` is checked as HTML; every string under a
 * URL-ish key (or under `links`) must be http(s) or a site path; no string anywhere carries a script URL.
 */
export function findInJsonValue(
  value: unknown,
  options: DetectorOptions,
  path = '$',
  urlKeys: RegExp = API_URL_KEY,
): Finding[] {
  const findings: Finding[] = []
  const where = (p: string) => (options.within ? `${options.within} → ${p}` : p)
  const walk = (v: unknown, p: string, key: string, underLinks: boolean) => {
    if (typeof v === 'string') {
      if (key === 'html') findings.push(...findInHtml(v, { ...options, within: where(p) }))
      const squeezed = v.replace(/[\u0000-\u0020\u007f-\u009f\s]/g, '').toLowerCase()
      if ((urlKeys.test(key) || underLinks) && !isWebUrl(v, { links: key === 'href' }))
        findings.push({
          url: options.url,
          where: where(p),
          kind: 'unsafe URL',
          detail: short(`${JSON.stringify(v)} is not an http(s) URL or a site path`),
          marker: markerIn(v),
        })
      else if (/(javascript|vbscript|livescript):/.test(squeezed) || /^data:/.test(squeezed))
        findings.push({
          url: options.url,
          where: where(p),
          kind: 'unsafe URL',
          detail: short(`string carries a script or data URL: ${JSON.stringify(v)}`),
          marker: markerIn(v),
        })
    } else if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${p}[${i}]`, key, underLinks))
    else if (v && typeof v === 'object')
      for (const [k, item] of Object.entries(v))
        walk(
          item,
          /^[A-Za-z_$@][\w$@]*$/.test(k) ? `${p}.${k}` : `${p}[${JSON.stringify(k)}]`,
          k,
          underLinks || k === 'links',
        )
  }
  walk(value, path, '', false)
  return findings
}

/** Every string in a JSON text, for checking what content reached it. */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(jsonStrings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings)
  return []
}

// ---------------------------------------------------------------- XML

type XmlNode = Record<string, unknown>

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
})

/** The vocabularies of the site's XML: Atom, the sitemap protocol, oEmbed. Any other element was introduced. */
const XML_ELEMENTS = new Set([
  '?xml',
  ...[
    'feed',
    'id',
    'title',
    'subtitle',
    'link',
    'updated',
    'published',
    'author',
    'name',
    'uri',
    'email',
    'entry',
    'summary',
    'content',
    'category',
    'rights',
    'generator',
    'icon',
    'logo',
    'contributor',
  ],
  ...['urlset', 'url', 'loc', 'lastmod', 'changefreq', 'priority', 'sitemapindex', 'sitemap'],
  ...[
    'oembed',
    'version',
    'type',
    'provider_name',
    'provider_url',
    'author_name',
    'author_url',
    'html',
    'width',
    'height',
    'cache_age',
    'thumbnail_url',
    'thumbnail_width',
    'thumbnail_height',
  ],
])
/** Elements whose text is an address. */
const XML_URL_ELEMENTS = new Set(['loc', 'uri', 'icon', 'logo', 'provider_url', 'author_url', 'thumbnail_url'])

const XML_FORBIDDEN_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Findings in an XML document: it must be well-formed, and HTML it carries is checked as HTML. */
export function findInXml(xml: string, options: DetectorOptions): Finding[] {
  const findings: Finding[] = []
  const add = (kind: FindingKind, where: string, detail: string, marker: string) =>
    findings.push({ url: options.url, where, kind, detail: short(detail), marker })
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    const line = xml.split('\n')[valid.err.line - 1] ?? ''
    add(
      'not well-formed XML',
      `line ${valid.err.line}, column ${valid.err.col}`,
      `${valid.err.code}: ${valid.err.msg}`,
      markerIn(line.slice(Math.max(0, valid.err.col - 200), valid.err.col + 200)),
    )
    return findings
  }
  // What the validator lets through but XML 1.0 forbids.
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '')
  const checks: [RegExp, string][] = [
    [/\]\]>/, '"]]>" outside a CDATA section'],
    [/&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});)/i, 'an "&" that does not start an XML entity'],
    [XML_FORBIDDEN_CHARS, 'a character XML 1.0 does not allow'],
  ]
  for (const [pattern, what] of checks) {
    const m = pattern.exec(outsideCdata)
    if (m)
      add(
        'not well-formed XML',
        `offset ${m.index}`,
        `${what}: ${outsideCdata.slice(Math.max(0, m.index - 60), m.index + 60)}`,
        markerIn(outsideCdata.slice(Math.max(0, m.index - 300), m.index + 300)),
      )
  }
  const doc = xmlParser.parse(xml) as XmlNode[]
  const textOf = (children: XmlNode[]): string =>
    children
      .map((c): string =>
        typeof c['#text'] === 'string'
          ? c['#text']
          : typeof c['#cdata'] === 'object'
            ? textOf(c['#cdata'] as XmlNode[])
            : '',
      )
      .join('')
  const walk = (nodes: XmlNode[], path: string) => {
    const counts = new Map<string, number>()
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ':@')
      if (!name || name === '#text') continue
      if (name === '#comment') {
        const data = textOf(node[name] as XmlNode[])
        if (PAYLOAD_SIGNS.test(data) || /</.test(data))
          add('comment opened by content', `${path}/<!--…-->`, data, markerIn(data))
        continue
      }
      if (name === '#cdata') continue
      const n = (counts.get(name) ?? 0) + 1
      counts.set(name, n)
      const here = `${path}/${name}[${n}]`
      const children = (node[name] as XmlNode[]) ?? []
      const attributes = (node[':@'] as Record<string, string> | undefined) ?? {}
      const text = textOf(children)
      const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name
      if (
        !XML_ELEMENTS.has(local) &&
        !(
          name.startsWith('xhtml:') ||
          name.startsWith('image:') ||
          name.startsWith('video:') ||
          name.startsWith('news:')
        )
      )
        add(
          'element not in the template',
          here,
          `<${name}>${text.slice(0, 80)}`,
          markerIn(name, JSON.stringify(attributes), text),
        )
      for (const [attr, value] of Object.entries(attributes)) {
        if (!PLAIN_ATTRIBUTE_NAME.test(attr))
          add('broken-out attribute', here, `attribute named ${JSON.stringify(attr)}`, markerIn(attr, value))
        else if (/^on/i.test(attr))
          add('event-handler attribute', here, `${attr}=${JSON.stringify(value)}`, markerIn(value))
        if (attr.toLowerCase() === PAYLOAD_ATTRIBUTE)
          add('payload element', here, `<${name} ${attr}="${value}">`, value)
        if (/^(href|src|xlink:href)$/i.test(attr) && !isWebUrl(value))
          add(
            'unsafe URL',
            `${here}/@${attr}`,
            `${JSON.stringify(value)} is not an http(s) URL or a site path`,
            markerIn(value),
          )
      }
      if (
        XML_URL_ELEMENTS.has(local) ||
        (local === 'id' &&
          /^(feed|entry)$/.test(
            path
              .split('/')
              .pop()
              ?.replace(/\[\d+\]$/, '') ?? '',
          ))
      )
        if (!isWebUrl(text)) add('unsafe URL', here, `${JSON.stringify(text)} is not an http(s) URL`, markerIn(text))
      // HTML carried as text: oEmbed's html, and Atom text constructs of type html.
      if (local === 'html' || /^html$/i.test(attributes.type ?? ''))
        findings.push(...findInHtml(text, { ...options, within: here }))
      if (/^xhtml$/i.test(attributes.type ?? ''))
        add(
          'element not in the template',
          here,
          'Atom xhtml content: the feed is meant to carry text only',
          markerIn(text),
        )
      walk(children, here)
    }
  }
  walk(doc, '')
  return findings
}

/** Every text node and attribute value of an XML document, entities decoded. */
export function xmlStrings(xml: string): string[] {
  const out: string[] = []
  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes)
      for (const [key, value] of Object.entries(node)) {
        if (key === '#text' && typeof value === 'string') out.push(value)
        else if (key === ':@' && value && typeof value === 'object')
          out.push(...Object.values(value as Record<string, string>))
        else if (Array.isArray(value)) walk(value as XmlNode[])
      }
  }
  walk(xmlParser.parse(xml) as XmlNode[])
  return out
}

// ---------------------------------------------------------------- plain text

/** Findings in a plain-text answer (robots.txt): no payload at all, and addresses must be http(s). */
export function findInPlainText(text: string, options: DetectorOptions): Finding[] {
  const findings: Finding[] = []
  text.split('\n').forEach((line, i) => {
    if (PAYLOAD_SIGNS.test(line) || /[<>"]/.test(line))
      findings.push({
        url: options.url,
        where: `line ${i + 1}`,
        kind: 'content in plain text',
        detail: short(line),
        marker: markerIn(line),
      })
    const m = /^\s*(sitemap|host)\s*:\s*(\S+)/i.exec(line)
    if (m && !isWebUrl(m[2]))
      findings.push({
        url: options.url,
        where: `line ${i + 1}`,
        kind: 'unsafe URL',
        detail: short(line),
        marker: markerIn(line),
      })
  })
  return findings
}

// ---------------------------------------------------------------- dispatch and reports

export type OutputKind = 'html' | 'json' | 'xml' | 'text'

/** The kind of an output from its Content-Type. */
export function outputKind(contentType: string | null): OutputKind {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'text/html') return 'html'
  if (type === 'application/json' || type.endsWith('+json')) return 'json'
  if (type.endsWith('/xml') || type.endsWith('+xml')) return 'xml'
  return 'text'
}

export function findInOutput(body: string, kind: OutputKind, options: DetectorOptions): Finding[] {
  switch (kind) {
    case 'html':
      return findInHtml(body, options)
    case 'json':
      return findInJson(body, options)
    case 'xml':
      return findInXml(body, options)
    case 'text':
      return findInPlainText(body, options)
  }
}

/** What a reader or a consumer gets as text from an output: for checking that content reached it. */
export function outputText(body: string, kind: OutputKind): string {
  switch (kind) {
    case 'html':
      return htmlText(body)
    case 'json':
      return jsonStrings(JSON.parse(body)).join('\n')
    case 'xml':
      return xmlStrings(body).join('\n')
    case 'text':
      return body
  }
}

export function formatFinding(f: Finding): string {
  return `${f.url} · ${f.where} · ${f.kind} · marker ${f.marker} · ${f.detail}`
}
