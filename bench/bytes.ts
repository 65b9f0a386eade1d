/**
 * Bytes a reader downloads per page type on a first visit, gzipped (level 6, as a typical server sends them):
 * the HTML (with what it inlines: CSS, the React Server Components payload, JSON-LD), the stylesheet files
 * and the JavaScript files it loads (not the `nomodule` polyfills, which current browsers skip). JavaScript files
 * are shared between pages and cached after the first.
 * Run: npm run bench:bytes  (or as part of npm run bench)
 */
import { gzipSync } from 'node:zlib'
import { parseDocument } from 'htmlparser2'
import { LOCAL_BUILD_ENV } from '../tests/e2e/global-setup'
import { ensureBuild, startSite } from '../tests/e2e/support/site'
import { table } from './lib/stats'
import { runAlone, section } from './lib/report'

export const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['A–Z', '/diseases'],
  ['entry (calciphylaxis)', '/diseases/calciphylaxis'],
  ['category', '/categories/kidney-and-urinary'],
  ['search results', '/search?q=kidney'],
  ['explore', '/explore'],
  ['embed', '/embed/calciphylaxis?sections=symptoms,diagnosis'],
  ['not found', '/diseases/no-such-entry'],
]

const gz = (b: Buffer | string) => gzipSync(b, { level: 6 }).length
const kb = (n: number) => Number((n / 1024).toFixed(1))

interface Assets {
  scripts: string[]
  styles: string[]
  inlineStyle: number
  inlineScript: number
}

type Node = { type: string; name?: string; attribs?: Record<string, string>; children?: Node[]; data?: string }

function assets(html: string): Assets {
  const found: Assets = { scripts: [], styles: [], inlineStyle: 0, inlineScript: 0 }
  const text = (n: Node) => (n.children ?? []).map((c) => c.data ?? '').join('')
  const walk = (n: Node) => {
    // A `nomodule` script (Next's legacy polyfills) is not fetched by browsers that run modules.
    if (n.name === 'script' && n.attribs?.src && !('nomodule' in n.attribs)) found.scripts.push(n.attribs.src)
    else if (n.name === 'script' && !n.attribs?.src) found.inlineScript += Buffer.byteLength(text(n))
    if (n.name === 'link' && n.attribs?.rel === 'stylesheet' && n.attribs.href) found.styles.push(n.attribs.href)
    if (n.name === 'style') found.inlineStyle += Buffer.byteLength(text(n))
    for (const c of n.children ?? []) walk(c)
  }
  walk(parseDocument(html) as unknown as Node)
  return found
}

export async function benchBytes() {
  process.env.LOG_QUIET = '1'
  const build = await ensureBuild('local', LOCAL_BUILD_ENV)
  const site = await startSite(build, { LOG_QUIET: '1' })
  const fileCache = new Map<string, Buffer>()
  const fetchFile = async (href: string) => {
    const url = new URL(href, site.url).toString()
    if (!fileCache.has(url)) {
      const res = await fetch(url)
      if (!res.ok) throw new Error(`${url}: ${res.status}`)
      fileCache.set(url, Buffer.from(await res.arrayBuffer()))
    }
    return fileCache.get(url) as Buffer
  }
  try {
    const rows: Record<string, string | number>[] = []
    for (const [type, pathname] of PAGE_TYPES) {
      const res = await fetch(`${site.url}${pathname}`)
      const html = Buffer.from(await res.arrayBuffer())
      const found = assets(html.toString('utf8'))
      const css = (await Promise.all(found.styles.map(fetchFile))).reduce((sum, b) => sum + gz(b), 0)
      const js = (await Promise.all(found.scripts.map(fetchFile))).reduce((sum, b) => sum + gz(b), 0)
      rows.push({
        page: `${type} ${pathname}`,
        status: res.status,
        'HTML KB': kb(html.length),
        'HTML gz KB': kb(gz(html)),
        'inline CSS KB': kb(found.inlineStyle),
        'inline scripts KB': kb(found.inlineScript),
        'CSS files gz KB': kb(css),
        'JS files': found.scripts.length,
        'JS gz KB': kb(js),
        'total gz KB': kb(gz(html) + css + js),
      })
    }
    return rows
  } finally {
    await site.stop()
  }
}

/** The section of bench/RESULTS.md. */
export async function bytesReport(): Promise<string> {
  return section(
    '## Bytes per page type (first visit, gzip level 6; "inline" columns are uncompressed parts of the HTML)',
    table(await benchBytes()),
  )
}

if (require.main === module) runAlone(bytesReport)
