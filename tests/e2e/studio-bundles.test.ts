/**
 * Studio code loads only on /studio: reader pages ship none of it. Reads the local production build that the
 * e2e global setup makes (.build/local): per page, the client reference manifest (its client components and
 * entry chunks) and build manifest, the script tags of built HTML, then every chunk those chunks load in turn
 * (Turbopack writes lazily loaded chunks' paths into the loading chunk). No server is started.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { ROOT } from './support/site'

const BUILD = path.join(ROOT, '.build', 'local')
const STUDIO_PAGE = '/(studio)/studio/[[...tool]]/page'

/** Strings of sanity's Studio code that survive minification: its crash screen, a storage key, a class name. */
const STUDIO_CODE_MARKERS = [
  'Sanity Studio was unable to recover from',
  'sanity-studio.network.check.snooze',
  'sanity-studio__preview-fallback-icon',
]
/** Client modules that are the Studio: the `sanity` package, Vision, and next-sanity's Studio wrapper. */
const STUDIO_MODULE =
  /\/node_modules\/(sanity|@sanity\/vision)\/|\/node_modules\/next-sanity\/dist\/(studio\/|NextStudio)/

interface ClientReferenceManifest {
  clientModules: Record<string, { chunks: string[] }>
  entryJSFiles?: Record<string, string[]>
}

const read = (file: string) => fs.readFileSync(path.join(BUILD, file), 'utf8')
const exists = (file: string) => fs.existsSync(path.join(BUILD, file))
const CHUNK_REF = /static\/chunks\/[\w.~-]+\.js/g
/** "/_next/static/chunks/a.js" and "static/chunks/a.js" → "static/chunks/a.js". */
const chunkPaths = (text: string) => [...text.matchAll(CHUNK_REF)].map((m) => m[0])

function clientReferenceManifest(page: string): ClientReferenceManifest {
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {}
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[page]; run it in an empty context.
  vm.runInNewContext(read(`server/app${page}_client-reference-manifest.js`), sandbox)
  const manifest = sandbox.__RSC_MANIFEST?.[page]
  if (!manifest) throw new Error(`no client reference manifest for ${page}`)
  return manifest
}

/** The chunks a page starts with: its client components, entry files and the build manifest's main files. */
function pageChunks(page: string): string[] {
  const manifest = clientReferenceManifest(page)
  const chunks = [
    ...Object.values(manifest.clientModules).flatMap((m) => m.chunks.flatMap(chunkPaths)),
    ...Object.values(manifest.entryJSFiles ?? {}).flatMap((files) => files.flatMap(chunkPaths)),
  ]
  const buildManifest = `server/app${page}/build-manifest.json`
  if (exists(buildManifest)) chunks.push(...chunkPaths(read(buildManifest)))
  return chunks
}

/** Every chunk reachable from `start`, following chunk paths written inside chunks (lazy loading). */
function reachable(start: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...start]
  while (queue.length) {
    const chunk = queue.pop() as string
    if (seen.has(chunk) || !exists(chunk)) continue
    seen.add(chunk)
    queue.push(...chunkPaths(read(chunk)))
  }
  return seen
}

const studioChunks = (chunks: Set<string>) =>
  [...chunks].filter((chunk) => {
    const text = read(chunk)
    return STUDIO_CODE_MARKERS.some((marker) => text.includes(marker))
  })
const studioModules = (page: string) =>
  Object.keys(clientReferenceManifest(page).clientModules).filter((m) => STUDIO_MODULE.test(m))

let pages: string[]

beforeAll(() => {
  if (!exists('app-path-routes-manifest.json'))
    throw new Error(`no production build in ${BUILD}: the e2e global setup makes it`)
  pages = Object.keys(JSON.parse(read('app-path-routes-manifest.json')) as Record<string, string>).filter((p) =>
    p.endsWith('/page'),
  )
})

describe('Studio code stays on /studio', () => {
  it('builds the Studio page, whose chunks carry the Studio', () => {
    expect(pages).toContain(STUDIO_PAGE)
    expect(studioModules(STUDIO_PAGE)).not.toEqual([])
    const chunks = reachable(pageChunks(STUDIO_PAGE))
    expect(studioChunks(chunks)).not.toEqual([])
  })

  it('the markers are in the Studio chunks only (so their absence elsewhere means something)', () => {
    const all = fs.readdirSync(path.join(BUILD, 'static', 'chunks')).filter((f) => f.endsWith('.js'))
    const marked = studioChunks(new Set(all.map((f) => `static/chunks/${f}`)))
    expect(marked).not.toEqual([])
    const studio = reachable(pageChunks(STUDIO_PAGE))
    expect(marked.filter((chunk) => !studio.has(chunk))).toEqual([])
  })

  it('loads none of it on any reader page: no Studio client module, no chunk with Studio code', () => {
    const readerPages = pages.filter((p) => !p.startsWith('/(studio)/'))
    expect(readerPages).toEqual(
      expect.arrayContaining(['/(site)/page', '/(site)/diseases/[slug]/page', '/(site)/diseases/page']),
    )
    for (const page of readerPages) {
      // Next's built-in pages (_not-found, _global-error) may have no manifest; every reader page has one.
      if (!page.startsWith('/(site)/') && !exists(`server/app${page}_client-reference-manifest.js`)) continue
      expect({ page, modules: studioModules(page) }).toEqual({ page, modules: [] })
      expect({ page, chunks: studioChunks(reachable(pageChunks(page))) }).toEqual({ page, chunks: [] })
    }
  })

  it('serves built reader pages whose scripts load no Studio code', () => {
    const html = [
      'server/app/index.html',
      'server/app/diseases.html',
      'server/app/diseases/calciphylaxis.html',
      'server/app/categories.html',
    ]
    for (const file of html) {
      expect({ file, built: exists(file) }).toEqual({ file, built: true })
      const scripts = chunkPaths(read(file))
      expect(scripts.length).toBeGreaterThan(0)
      expect({ file, chunks: studioChunks(reachable(scripts)) }).toEqual({ file, chunks: [] })
    }
  })
})
