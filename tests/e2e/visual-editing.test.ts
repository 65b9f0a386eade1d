/**
 * Visual Editing in Sanity mode, against the loopback Content Lake (which sends Content Source Maps as the
 * real API does): a draft page's prose carries invisible edit links that name the right document and field;
 * what is logic (addresses, ids, lang, meta tags, JSON-LD) carries none; a reader's page carries none and
 * never loads Visual Editing's code (in Chromium).
 */
import fs from 'node:fs'
import { parseDocument } from 'htmlparser2'
import { vercelStegaDecode, vercelStegaSplit } from '@vercel/stega'
import { parseNdjson, type SanityDocument } from '../../lib/content/sources/dataset'
import { BUNDLED_DATASET } from '../support/content'
import { startContentLake, type ContentLake } from '../support/content-lake'
import { SANITY_BUILD_ENV, TEST_SECRETS } from './global-setup'
import { launchBrowser } from './support/browser'
import { get, startSite, type Site } from './support/site'

let lake: ContentLake
let site: Site
let cookie: string

type Node = { type: string; name?: string; attribs?: Record<string, string>; children?: Node[]; data?: string }
const walk = (node: Node, visit: (n: Node) => void) => {
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}
const textOf = (n: Node): string => (n.children ?? []).map((c) => c.data ?? textOf(c)).join('')
const hasLink = (s: string) => vercelStegaSplit(s).encoded !== ''
type EditLink = { origin: string; href: string }
/** The edit links of the page's text and attributes, as the overlays read them (one per string). */
const undecodable: string[] = []
const editLinks = (html: string) => {
  const links: string[] = []
  const read = (s: string) => {
    let link: EditLink | undefined
    try {
      link = hasLink(s) ? vercelStegaDecode<EditLink>(s) : undefined
    } catch {
      undecodable.push(JSON.stringify(s).slice(0, 300))
    }
    if (link?.origin === 'sanity.io') links.push(decodeURIComponent(link.href))
  }
  // The page as rendered; the React Server Components payload in <script> repeats it, split into chunks.
  const visit = (n: Node) => {
    if (n.type === 'text' && n.data) read(n.data)
    for (const value of Object.values(n.attribs ?? {})) read(value)
    if (n.name !== 'script') for (const child of n.children ?? []) visit(child)
  }
  visit(parseDocument(html) as unknown as Node)
  return links
}

beforeAll(async () => {
  const docs: SanityDocument[] = parseNdjson(fs.readFileSync(BUNDLED_DATASET, 'utf8'), BUNDLED_DATASET)
  const published = docs.find((d) => d._id === 'disease-calciphylaxis') as SanityDocument
  const draft = { ...published, _id: 'drafts.disease-calciphylaxis', summary: 'A DRAFT summary, edited in the Studio.' }
  lake = await startContentLake()
  lake.load([...docs, draft])
  site = await startSite(
    '.build/sanity',
    { ...SANITY_BUILD_ENV, SANITY_API_HOST: lake.url, CONTENT_TIMEOUT_MS: '4000' },
    { shareBuild: true },
  )
  const enable = await get(
    site.url,
    `/api/draft-mode/enable?secret=${TEST_SECRETS.SANITY_PREVIEW_SECRET}&redirect=/diseases/calciphylaxis`,
  )
  cookie = (enable.headers.get('set-cookie') ?? '').split(';')[0]
})

afterAll(async () => {
  await site?.stop()
  await lake?.close()
})

describe('Visual Editing (Sanity mode)', () => {
  it('asks the Content Lake for source maps for drafts only', async () => {
    lake.requests = []
    await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })
    const drafts = lake.requests.filter((r) => r.perspective === 'drafts')
    expect(drafts.length).toBeGreaterThan(0)
    expect(cookie).toMatch(/^__prerender_bypass=/)
  })

  it('gives a draft page edit links naming the document and the field of each text', async () => {
    const draft = await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })
    expect(draft.status).toBe(200)
    expect(draft.headers.get('cache-control')).toMatch(/no-store/)
    expect(draft.text).toContain('A DRAFT summary, edited in the Studio.')
    const links = editLinks(draft.text)
    expect(undecodable).toEqual([])
    expect(links.length).toBeGreaterThan(20)
    const mine = links.filter((l) => l.includes('id=disease-calciphylaxis;type=disease;'))
    expect(mine.some((l) => l.startsWith('/studio/intent/edit/') && l.includes('path=summary'))).toBe(true)
    expect(mine.some((l) => l.includes('path=title'))).toBe(true)
    // A span of a section: its block and span by key.
    expect(mine.some((l) => /path=overview\[_key=="[^"]+"\]\.children\[_key=="[^"]+"\]\.text/.test(l))).toBe(true)
    // A linked entry's title points at that entry.
    expect(links.some((l) => /id=disease-(?!calciphylaxis)[a-z-]+;type=disease;path=title/.test(l))).toBe(true)
  })

  it('keeps every string that is logic clean: attributes, the title, meta tags, JSON-LD', async () => {
    const draft = await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })
    const dirty: string[] = []
    let inHead = false
    walk(parseDocument(draft.text) as unknown as Node, (n) => {
      if (n.name === 'head') inHead = true
      if (n.name === 'body') inHead = false
      // Attributes are addresses, ids, names and machine-read values; an SVG <title> in the body is a tooltip.
      for (const [name, value] of Object.entries(n.attribs ?? {})) if (hasLink(value)) dirty.push(`${n.name}[${name}]`)
      if (n.name === 'title' && inHead && hasLink(textOf(n))) dirty.push('head title')
      if (n.name === 'script' && n.attribs?.type === 'application/ld+json' && hasLink(textOf(n))) dirty.push('JSON-LD')
    })
    expect(dirty).toEqual([])
    // The check can fail: the page's visible text does carry links.
    expect(hasLink(draft.text)).toBe(true)
  })

  it('gives readers no edit links, and loads Visual Editing only on a draft page', async () => {
    const reader = await get(site.url, '/diseases/calciphylaxis')
    expect(reader.status).toBe(200)
    expect(hasLink(reader.text)).toBe(false)
    const browser = await launchBrowser()
    try {
      /** Whether the page, once loaded, fetched the overlays' code (it marks elements data-sanity-drag-…). */
      const loadsOverlays = async (withCookie: boolean) => {
        await browser.context.clearCookies()
        if (withCookie) {
          const [name, value] = cookie.split('=')
          await browser.context.addCookies([{ name, value, url: site.url }])
        }
        const page = await browser.context.newPage()
        const bodies: Promise<string>[] = []
        page.on('response', (r) => {
          if (r.url().endsWith('.js')) bodies.push(r.text().catch(() => ''))
        })
        await page.goto(`${site.url}/diseases/calciphylaxis`, { waitUntil: 'networkidle' })
        const scripts = await Promise.all(bodies)
        await page.close()
        return scripts.some((js) => js.includes('data-sanity-drag'))
      }
      expect(await loadsOverlays(true)).toBe(true)
      expect(await loadsOverlays(false)).toBe(false)
    } finally {
      await browser.close()
    }
  })
})
