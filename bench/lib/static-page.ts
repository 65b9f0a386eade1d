/**
 * nginx serving one page as a static file, for comparing the edge with "static-file speed": the page's body
 * and, optionally, the response headers the site sends with it (security policy, Cache-Control, cache tags),
 * so that both servers put the same bytes on the wire.
 */

/** Headers nginx writes itself for a file, or that belong to one connection or response, not to the page. */
const OWN_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'content-type',
  'date',
  'etag',
  'last-modified',
  'accept-ranges',
  'server',
])

/** The page's headers worth repeating from a static server, in the order received (Headers names are lower case). */
export function pageHeaders(headers: Headers): [string, string][] {
  return [...headers].filter(([name]) => !OWN_HEADERS.has(name) && !name.startsWith('x-cache'))
}

/** A double-quoted nginx string; nginx would expand `$` (no escape exists), so such a value is refused. */
function quoted(value: string): string {
  if (value.includes('$')) throw new Error(`cannot repeat a header value with "$" in nginx: ${value}`)
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

export interface StaticPageSite {
  port: number
  /** Folder that holds `file`. */
  root: string
  file: string
  contentType: string
  headers?: [string, string][]
}

/** A server block answering every path with the file and the headers. */
export function staticPageConfig({ port, root, file, contentType, headers = [] }: StaticPageSite): string {
  const lines = [
    'server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    `    default_type ${quoted(contentType)};`,
    '    location / {',
    ...headers.map(([name, value]) => `        add_header ${name} ${quoted(value)};`),
    `        try_files /${file} =404;`,
    '    }',
    '}',
    '',
  ]
  return lines.join('\n')
}
