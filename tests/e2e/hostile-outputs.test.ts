/**
 * Every output of the production site over the hostile dataset (tests/fixtures/hostile.ts), checked with the
 * injection detector (tests/support/injection.ts): reader pages and their JSON-LD, embeds, the JSON API and
 * its `html`, search, oEmbed in JSON and XML, the feed, the sitemap and robots.txt. The hostile entries must
 * reach each output as text (so no output passes by leaving them out), and no output may carry an element,
 * attribute, script or link that content introduced. The same outputs of the bundled dataset are the
 * control: the detector must find nothing there, so a finding over the hostile dataset is not noise.
 */
import {
  HOSTILE_CATEGORY,
  HOSTILE_CATEGORY_TITLE,
  HOSTILE_ENTRIES,
  hostileTitle,
  payload,
  shownText,
  writeHostileDataset,
} from '../fixtures/hostile'
import {
  findInHtml,
  findInOutput,
  formatFinding,
  jsonLdOf,
  outputKind,
  outputText,
  type Finding,
  type OutputKind,
} from '../support/injection'
import { LOCAL_BUILD_ENV, TEST_SECRETS } from './global-setup'
import { ensureBuild, get, startSite, type Site } from './support/site'

/** Absolute URLs are fixed at build time; the server answers on another port, and both are the site's own. */
const HOSTILE_SITE_URL = 'http://localhost:3217'

/** Text that must be in an output: a string, or any one of several. */
type Shown = string | string[]

interface Output {
  path: string
  status: number
  mustShow: Shown[]
  /** Entry pages: the title their JSON-LD must name. */
  jsonLdName?: string
}

interface Fetched extends Output {
  url: string
  answered: number
  kind: OutputKind
  body: string
}

interface SiteContent {
  siteUrl: string
  entries: { slug: string; title: string; shows: string[] }[]
  categories: { slug: string; title: string }[]
  /** A word the search finds, and titles it must find. */
  search: { term: string; finds: string[] }
  /** Titles of the entries coded ICD-10-CM E83.59. */
  lookupFinds: string[]
  pageSize: number
  pages: number
}

const q = encodeURIComponent

/** Every output of the site: each reader page, embed, API answer, oEmbed answer and feed, with what it must show. */
function outputsOf(c: SiteContent): Output[] {
  const titles = c.entries.map((e) => e.title)
  const categoryTitles = c.categories.map((cat) => cat.title)
  const query = payload('request.query')
  const infobutton = `mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=E83.59&mainSearchCriteria.v.dn=${q(query)}`
  const out: Output[] = [
    { path: '/', status: 200, mustShow: [titles, ...categoryTitles] },
    { path: '/diseases', status: 200, mustShow: titles },
    { path: '/categories', status: 200, mustShow: categoryTitles },
    ...c.categories.map((cat) => ({ path: `/categories/${cat.slug}`, status: 200, mustShow: [cat.title] })),
    { path: '/explore', status: 200, mustShow: [titles] },
    { path: `/search?q=${q(c.search.term)}`, status: 200, mustShow: c.search.finds },
    // A hostile request: the query is shown back to the reader.
    { path: `/search?q=${q(query)}`, status: 200, mustShow: [query] },
    { path: '/diseases/no-such-entry', status: 404, mustShow: ['Page not found'] },
    { path: '/no/such/thing', status: 404, mustShow: ['Page not found'] },
    ...Array.from({ length: c.pages }, (_, i) => ({
      path: `/api/v1/entries?page=${i + 1}&pageSize=${c.pageSize}`,
      status: 200,
      mustShow: [titles],
    })),
    { path: '/api/v1/lookup?system=icd10cm&code=E83.59', status: 200, mustShow: c.lookupFinds },
    // HL7 Infobutton: the same code as Atom, as JSON and as a reader page (up to three of the entries coded
    // E83.59), with the hostile display name echoed in each.
    ...['text/xml', 'application/json'].map((type) => ({
      path: `/api/infobutton?${infobutton}&knowledgeResponseType=${q(type)}`,
      status: 200,
      mustShow: [c.lookupFinds, query],
    })),
    { path: `/infobutton?${infobutton}`, status: 200, mustShow: [c.lookupFinds, query] },
    { path: '/api/v1/categories', status: 200, mustShow: categoryTitles },
    { path: `/api/search?q=${q(c.search.term)}`, status: 200, mustShow: c.search.finds },
    { path: `/api/search?q=${q(query)}`, status: 200, mustShow: [query] },
    { path: '/feed.xml', status: 200, mustShow: titles },
    { path: '/sitemap.xml', status: 200, mustShow: c.entries.map((e) => `${c.siteUrl}/diseases/${e.slug}`) },
    { path: '/robots.txt', status: 200, mustShow: [`Sitemap: ${c.siteUrl}/sitemap.xml`] },
  ]
  for (const e of c.entries) {
    const page = `${c.siteUrl}/diseases/${e.slug}`
    out.push(
      { path: `/diseases/${e.slug}`, status: 200, mustShow: [e.title, ...e.shows], jsonLdName: e.title },
      { path: `/embed/${e.slug}`, status: 200, mustShow: [e.title] },
      { path: `/embed/${e.slug}?sections=all`, status: 200, mustShow: [e.title, ...e.shows] },
      { path: `/api/v1/entries/${e.slug}?sections=all`, status: 200, mustShow: [e.title, ...e.shows] },
      { path: `/api/oembed?url=${q(page)}&format=json`, status: 200, mustShow: [e.title] },
      { path: `/api/oembed?url=${q(page)}&format=xml`, status: 200, mustShow: [e.title] },
      {
        path: `/api/oembed?url=${q(`${c.siteUrl}/embed/${e.slug}?sections=all`)}&maxwidth=400&format=json`,
        status: 200,
        mustShow: [e.title],
      },
    )
  }
  return out
}

async function fetchAll(base: string, outputs: Output[]): Promise<Fetched[]> {
  const results: Fetched[] = []
  const queue = [...outputs]
  const worker = async () => {
    for (let o = queue.shift(); o; o = queue.shift()) {
      const res = await get(base, o.path)
      results.push({
        ...o,
        url: `${base}${o.path}`,
        answered: res.status,
        kind: outputKind(res.headers.get('content-type')),
        body: res.text,
      })
    }
  }
  await Promise.all([worker(), worker(), worker()])
  return results.sort((a, b) => a.path.localeCompare(b.path))
}

const statuses = (fetched: Fetched[]) =>
  fetched.filter((f) => f.answered !== f.status).map((f) => `${f.path}: ${f.answered}, expected ${f.status}`)

/** What each output should show and does not: "path: missing text". */
function missing(fetched: Fetched[]): string[] {
  const problems: string[] = []
  for (const f of fetched) {
    let text: string
    try {
      text = outputText(f.body, f.kind)
    } catch (error) {
      problems.push(`${f.path}: cannot read it as ${f.kind} (${(error as Error).message})`)
      continue
    }
    for (const shown of f.mustShow) {
      const options = Array.isArray(shown) ? shown : [shown]
      if (!options.some((s) => text.includes(s)))
        problems.push(
          `${f.path} (${f.kind}) does not show ${options.length > 1 ? 'any of ' : ''}${JSON.stringify(options[0]).slice(0, 100)}`,
        )
    }
    if (f.jsonLdName !== undefined) {
      const names = jsonLdOf(f.body).map((d) =>
        d && typeof d === 'object' ? (d as { name?: unknown; about?: { name?: unknown } }) : {},
      )
      if (!names.some((d) => d.name === f.jsonLdName && d.about?.name === f.jsonLdName))
        problems.push(`${f.path}: no JSON-LD names the entry ${JSON.stringify(f.jsonLdName).slice(0, 80)}`)
    }
  }
  return problems
}

const findingsIn = (fetched: Fetched[], origins: string[]): Finding[] =>
  fetched.flatMap((f) => findInOutput(f.body, f.kind, { url: f.url, origins }))

/** What the hostile dataset shows, from the fixture (not from the site: an output that loses it must fail). */
const HOSTILE_CONTENT: SiteContent = {
  siteUrl: HOSTILE_SITE_URL,
  entries: HOSTILE_ENTRIES.map((e) => ({
    slug: e.slug,
    title: shownText(hostileTitle(e.slug, e.tag)),
    // Every hostile entry has a treatment section whose second span is a payload, and payloads in when to get help.
    shows: [payload(`${e.tag}.treatment`), payload(`${e.tag}.helpUrgent`)],
  })),
  categories: [
    { slug: HOSTILE_CATEGORY, title: shownText(HOSTILE_CATEGORY_TITLE) },
    { slug: 'cycle-a', title: 'Cycle A' },
    { slug: 'cycle-b', title: 'Cycle B' },
  ],
  search: { term: 'hostile', finds: HOSTILE_ENTRIES.map((e) => shownText(hostileTitle(e.slug, e.tag))) },
  lookupFinds: HOSTILE_ENTRIES.map((e) => shownText(hostileTitle(e.slug, e.tag))),
  pageSize: 3,
  pages: 2,
}

describe('every output over the hostile dataset', () => {
  let site: Site
  let fetched: Fetched[]

  beforeAll(async () => {
    const env = { CONTENT_DATASET: writeHostileDataset(), SITE_URL: HOSTILE_SITE_URL }
    site = await startSite(await ensureBuild('hostile-outputs', env), env)
    fetched = await fetchAll(site.url, outputsOf(HOSTILE_CONTENT))
  }, 900_000)
  afterAll(() => site?.stop())

  it('answers every output with the status it should', () => {
    // Reader pages, category pages, 404s, the API (every page), the entry API, embeds with and without
    // sections, oEmbed JSON and XML, search, feed, sitemap, robots.
    expect(fetched.length).toBeGreaterThanOrEqual(18 + 7 * HOSTILE_ENTRIES.length)
    expect(statuses(fetched)).toEqual([])
    const kinds = new Set(fetched.map((f) => f.kind))
    expect([...kinds].sort()).toEqual(['html', 'json', 'text', 'xml'])
  })

  it('shows the hostile entries in every output, their payloads as text', () => {
    expect(missing(fetched)).toEqual([])
  })

  it('lists every hostile entry, once, across the pages of the API', () => {
    const listed = fetched
      .filter((f) => f.path.startsWith('/api/v1/entries?'))
      .flatMap((f) =>
        (JSON.parse(f.body) as { data: { slug: string; title: string }[] }).data.map((e) => [e.slug, e.title]),
      )
    expect(listed.sort()).toEqual(HOSTILE_CONTENT.entries.map((e) => [e.slug, e.title]).sort())
  })

  it('carries no element, attribute, script or link that content introduced, in any output', () => {
    expect(fetched.length).toBeGreaterThan(0)
    const findings = findingsIn(fetched, [HOSTILE_SITE_URL, site.url])
    expect(findings.map(formatFinding)).toEqual([])
  })

  it('logs each content problem once, however often anonymous clients ask for the entry that has it', async () => {
    const contentLines = () =>
      site
        .output()
        .split('\n')
        .filter((line) => line.startsWith('[content] invalid')).length
    // Every output above has been read once already, so every problem they show has been logged.
    const before = contentLines()
    expect(before).toBeGreaterThan(0)
    for (let i = 0; i < 20; i++)
      for (const target of [
        '/api/v1/entries/xss-entry',
        '/embed/xss-entry?sections=all',
        '/api/v1/entries/cycle-entry',
      ])
        expect((await get(site.url, target)).status).toBe(200)
    expect(contentLines()).toBe(before)
  })
})

describe('the same outputs of the bundled dataset (the control: no false positives)', () => {
  let site: Site
  let fetched: Fetched[]
  let content: SiteContent

  beforeAll(async () => {
    site = await startSite('.build/local', TEST_SECRETS, { shareBuild: true })
    content = await bundledContent(site.url)
    fetched = await fetchAll(site.url, outputsOf(content))
  }, 600_000)
  afterAll(() => site?.stop())

  it('answers every output, with the content it should show', () => {
    expect(content.entries.length).toBeGreaterThanOrEqual(20)
    expect(content.categories.length).toBeGreaterThanOrEqual(5)
    expect(content.search.finds.length).toBeGreaterThan(0)
    expect(content.lookupFinds).toHaveLength(1)
    expect(fetched.length).toBeGreaterThanOrEqual(18 + 7 * content.entries.length)
    expect(statuses(fetched)).toEqual([])
    expect(missing(fetched)).toEqual([])
  })

  it('finds nothing in any of them', () => {
    expect(fetched.length).toBeGreaterThan(0)
    expect(findingsIn(fetched, [LOCAL_BUILD_ENV.SITE_URL, site.url]).map(formatFinding)).toEqual([])
  })

  it('finds a payload spliced into a real entry page, an embed and an API answer', () => {
    const origins = [LOCAL_BUILD_ENV.SITE_URL, site.url]
    const page = fetched.find((f) => f.path === '/diseases/calciphylaxis')
    const embed = fetched.find((f) => f.path === '/embed/calciphylaxis?sections=all')
    const api = fetched.find((f) => f.path === '/api/v1/entries/calciphylaxis?sections=all')
    if (!page || !embed || !api) throw new Error('the control outputs of calciphylaxis were not fetched')
    const splice = (html: string) =>
      html.replace('</h1>', `</h1><p><img data-injected="spliced" src=x onerror=alert(1)></p>`)
    expect(findInHtml(splice(page.body), { url: page.url, origins }).map((f) => f.marker)).toContain('spliced')
    expect(findInHtml(splice(embed.body), { url: embed.url, origins }).map((f) => f.marker)).toContain('spliced')
    const data = JSON.parse(api.body) as { data: { sections: { html: string }[] } }
    expect(data.data.sections.length).toBeGreaterThan(0)
    data.data.sections[0].html += '<a href="java&#x09;script:alert(1)">x</a>'
    expect(findInOutput(JSON.stringify(data), 'json', { url: api.url, origins }).map((f) => f.where)).toEqual([
      '$.data.sections[0].html → a',
    ])
  })
})

interface ApiCategory {
  slug: string
  title: string
  children: ApiCategory[]
}

/** The bundled dataset's entries and categories, read from the API of the control site. */
async function bundledContent(base: string): Promise<SiteContent> {
  const entries = (
    JSON.parse((await get(base, '/api/v1/entries?pageSize=200')).text) as {
      data: { slug: string; title: string; summary: string }[]
    }
  ).data
  const tree = (JSON.parse((await get(base, '/api/v1/categories')).text) as { data: ApiCategory[] }).data
  const flat = (nodes: ApiCategory[]): ApiCategory[] => nodes.flatMap((n) => [n, ...flat(n.children)])
  const found = (JSON.parse((await get(base, '/api/search?q=kidney')).text) as { results: { title: string }[] }).results
  const pageSize = 10
  return {
    siteUrl: LOCAL_BUILD_ENV.SITE_URL,
    entries: entries.map((e) => ({ slug: e.slug, title: e.title, shows: [e.summary] })),
    categories: flat(tree).map((c) => ({ slug: c.slug, title: c.title })),
    search: { term: 'kidney', finds: found.map((r) => r.title) },
    lookupFinds: entries.filter((e) => e.slug === 'calciphylaxis').map((e) => e.title),
    pageSize,
    pages: Math.ceil(entries.length / pageSize),
  }
}
