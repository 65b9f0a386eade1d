/**
 * The routes other sites use, over HTTP against the production build: the JSON API (checked against its own
 * OpenAPI document), oEmbed (and a round trip through an npm oEmbed consumer using discovery), embeds and
 * feeds, including bad parameters; and what clinical software calls: HL7 Infobutton and CDS Hooks.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import Ajv2020 from 'ajv/dist/2020'
import { unfurl } from 'unfurl.js'
import { E2E_SITE_PORT, LOCAL_BUILD_ENV } from './global-setup'
import { get, startSite, type Site } from './support/site'
import { cardsShape, discoveryShape } from '../support/cds-hooks'
import { EXPECTED_SLUGS, patientViewRequest } from '../fixtures/fhir-conditions'

let site: Site
let validator: Ajv2020

const json = async (path: string, init?: RequestInit) => {
  const res = await get(site.url, path, init)
  return { ...res, body: res.text ? (JSON.parse(res.text) as Record<string, any>) : null } // eslint-disable-line @typescript-eslint/no-explicit-any -- test access to arbitrary JSON
}
const check = (schema: string, body: unknown) => {
  const validate = validator.getSchema(`#/components/schemas/${schema}`)
  if (!validate) throw new Error(`no schema ${schema}`)
  const ok = validate(body)
  expect([schema, ok ? [] : validate.errors]).toEqual([schema, []])
}

beforeAll(async () => {
  site = await startSite('.build/local', LOCAL_BUILD_ENV, { shareBuild: true, port: E2E_SITE_PORT })
  const doc = (await json('/api/v1/openapi.json')).body
  expect(doc?.openapi).toBe('3.1.0')
  validator = new Ajv2020({ strict: false, allErrors: true })
  validator.addSchema({ ...doc, $id: undefined, components: doc?.components }, '#')
})
afterAll(() => site.stop())

describe('JSON API v1', () => {
  it('lists entries in pages, with links, matching the OpenAPI schema', async () => {
    const first = await json('/api/v1/entries?pageSize=5')
    expect(first.status).toBe(200)
    check('EntryList', first.body)
    expect(first.body?.data).toHaveLength(5)
    expect(first.body?.total).toBeGreaterThanOrEqual(25)
    expect(first.body?.links.prev).toBeNull()
    const next = await json(new URL(first.body?.links.next).pathname + new URL(first.body?.links.next).search)
    expect(next.body?.page).toBe(2)
    expect(next.body?.data[0].slug).not.toBe(first.body?.data[0].slug)
    expect((await json('/api/v1/entries?updatedSince=2100-01-01')).body?.data).toEqual([])
    expect((await json('/api/v1/entries?updatedSince=2000-01-01')).body?.total).toBe(first.body?.total)
  })

  it('serves one entry, all sections or the ones asked for', async () => {
    const all = await json('/api/v1/entries/calciphylaxis')
    expect(all.status).toBe(200)
    check('EntryResponse', all.body)
    expect(all.body?.data.sections.length).toBeGreaterThanOrEqual(5)
    expect(all.body?.data.codes[0]).toMatchObject({ system: 'icd10cm', code: 'E83.59', systemName: 'ICD-10-CM' })
    const some = await json('/api/v1/entries/calciphylaxis?sections=symptoms,diagnosis')
    expect(some.body?.data.sections.map((s: { key: string }) => s.key)).toEqual(['symptoms', 'diagnosis'])
    expect(some.body?.data.sections[0].html).toMatch(/^<p>/)
    const missing = await json('/api/v1/entries/no-such-entry')
    expect(missing.status).toBe(404)
    check('Error', missing.body)
  })

  it('looks entries up by code, including a parent ICD-10-CM code and SNOMED CT', async () => {
    const exact = await json('/api/v1/lookup?system=icd10cm&code=E83.59')
    check('LookupResponse', exact.body)
    expect(exact.body?.data.map((e: { slug: string }) => e.slug)).toEqual(['calciphylaxis'])
    const parent = await json('/api/v1/lookup?system=icd10cm&code=e83.5')
    const slugs = parent.body?.data.map((e: { slug: string }) => e.slug)
    expect(slugs).toEqual(expect.arrayContaining(['calciphylaxis', 'hypercalcaemia']))
    expect(parent.body?.data.find((e: { slug: string }) => e.slug === 'hypercalcaemia').matchedCodes[0].code).toBe(
      'E83.52',
    )
    const snomed = await json('/api/v1/lookup?system=snomed&code=69896004')
    expect(snomed.body?.data.map((e: { slug: string }) => e.slug)).toEqual(['rheumatoid-arthritis'])
    expect((await json('/api/v1/lookup?system=icd10cm&code=Z99.99')).body?.data).toEqual([])
  })

  it('serves the category tree', async () => {
    const tree = await json('/api/v1/categories')
    check('CategoryTree', tree.body)
    const endocrine = tree.body?.data.find((c: { slug: string }) => c.slug === 'endocrine-and-metabolic')
    expect(endocrine.children.map((c: { slug: string }) => c.slug)).toContain('calcium-metabolism')
  })

  it.each([
    ['/api/v1/entries?page=0', 'page'],
    ['/api/v1/entries?pageSize=1000', 'pageSize'],
    ['/api/v1/entries?updatedSince=yesterday', 'updatedSince'],
    ['/api/v1/entries?page=1&page=2', 'page'],
    ['/api/v1/entries?colour=blue', 'colour'],
    ['/api/v1/entries/calciphylaxis?sections=symptoms,kidneys', 'sections'],
    ['/api/v1/entries/Not_A_Slug', 'slug'],
    ['/api/v1/lookup?system=icd9&code=E83.59', 'system'],
    ['/api/v1/lookup?system=icd10cm', 'code'],
    ['/api/v1/categories?x=1', 'x'],
    ['/api/oembed?format=json', 'url'],
    ['/api/oembed?url=x&maxwidth=wide', 'maxwidth'],
  ])('answers 400 naming the parameter for %s', async (path, parameter) => {
    const res = await json(path)
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ parameter, error: expect.stringContaining(`"${parameter}"`) })
    check('Error', res.body)
  })

  it('is open to other origins, sends ETags and answers 304, with shared-cache headers', async () => {
    const first = await get(site.url, '/api/v1/entries/calciphylaxis')
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/)
    expect(first.headers.get('surrogate-key')).toBe('entry:calciphylaxis')
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^"/)
    const again = await get(site.url, '/api/v1/entries/calciphylaxis', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    const preflight = await fetch(`${site.url}/api/v1/lookup`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://clinic.example', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
  })
})

describe('oEmbed', () => {
  const entryUrl = () => `http://localhost:${E2E_SITE_PORT}/diseases/calciphylaxis`

  it('answers rich JSON and XML within the maxima, and 404/501 where it should', async () => {
    const res = await json(`/api/oembed?url=${encodeURIComponent(entryUrl())}&maxwidth=500&maxheight=400`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Calciphylaxis',
      provider_name: 'Open Medical Encyclopedia',
      width: 500,
      height: 400,
      cache_age: 3600,
    })
    expect(res.body?.html).toMatch(
      /^<iframe src="http:\/\/localhost:\d+\/embed\/calciphylaxis" width="500" height="400"/,
    )
    const xml = await get(
      site.url,
      `/api/oembed?url=${encodeURIComponent(`${entryUrl()}?sections=symptoms`)}&format=xml`,
    )
    expect(xml.headers.get('content-type')).toMatch(/^text\/xml/)
    expect(xml.text).toMatch(
      /^<\?xml version="1.0" encoding="utf-8" standalone="yes"\?><oembed><version>1.0<\/version><type>rich<\/type>/,
    )
    expect(xml.text).toContain('embed/calciphylaxis?sections=symptoms')
    expect(
      (await json(`/api/oembed?url=${encodeURIComponent('https://elsewhere.example/diseases/calciphylaxis')}`)).status,
    ).toBe(404)
    expect(
      (await json(`/api/oembed?url=${encodeURIComponent(entryUrl().replace('calciphylaxis', 'no-such-entry'))}`))
        .status,
    ).toBe(404)
    expect((await json(`/api/oembed?url=${encodeURIComponent(entryUrl())}&format=yaml`)).status).toBe(501)
  })

  it('round-trips through unfurl.js, found by discovery from the entry page', async () => {
    const result = await unfurl(entryUrl(), { oembed: true, timeout: 10_000 })
    expect(result.oEmbed?.type).toBe('rich')
    expect(result.oEmbed && 'html' in result.oEmbed ? result.oEmbed.html : '').toContain('/embed/calciphylaxis')
    expect(result.title).toMatch(/Calciphylaxis/)
  })
})

describe('embeds and framing', () => {
  it('serves a light, self-contained embed: no framework JavaScript, under 15 KB, a tiny height script', async () => {
    const res = await get(site.url, '/embed/calciphylaxis?sections=symptoms,diagnosis')
    expect(res.status).toBe(200)
    expect(Buffer.byteLength(res.text)).toBeLessThan(15 * 1024)
    expect(res.text).not.toContain('/_next/')
    const scripts = [...res.text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    expect(scripts).toHaveLength(1)
    expect(Buffer.byteLength(scripts[0])).toBeLessThan(2 * 1024)
    expect(res.text).toMatch(/<h2>Signs and symptoms<\/h2>[\s\S]*<h2>Diagnosis<\/h2>/)
    expect(res.text).not.toContain('<h2>Treatment and management</h2>')
    expect(res.text).toContain('Read the full entry')
    expect(res.text).toContain('not medical advice')
    expect(res.text).toMatch(
      /Last reviewed on \d+ \w+ \d{4}: an editorial review against the cited sources by Editorial team, Open Medical Encyclopedia, not a clinical review\./,
    )
    expect(res.text).toContain('<section class="help"><h2>When to get help</h2>')
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/)
    expect(res.headers.get('x-frame-options')).toBeNull()
  })

  it('answers bad embed addresses with a frameable message', async () => {
    const bad = await get(site.url, '/embed/calciphylaxis?sections=everything')
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('sections')
    expect((await get(site.url, '/embed/no-such-entry')).status).toBe(404)
  })

  it('lets only embeds be framed by other origins', async () => {
    for (const path of ['/', '/diseases/calciphylaxis', '/api/v1/entries', '/feed.xml']) {
      const res = await get(site.url, path)
      expect([path, res.headers.get('content-security-policy')]).toEqual([
        path,
        expect.stringContaining("frame-ancestors 'self'"),
      ])
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    }
    const script = await get(site.url, '/embed.js')
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toMatch(/javascript/)
  })
})

describe('feeds', () => {
  it('publishes an Atom feed, a sitemap with every entry, and robots.txt', async () => {
    const feed = await get(site.url, '/feed.xml')
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    expect(feed.text).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?><feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/,
    )
    const entries = (await json('/api/v1/entries?pageSize=200')).body?.data as { slug: string }[]
    expect(feed.text.match(/<entry>/g)?.length).toBe(entries.length)
    const sitemap = await get(site.url, '/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/)
    expect(sitemap.text).toMatch(
      /<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/,
    )
    for (const e of entries) expect(sitemap.text).toContain(`/diseases/${e.slug}</loc>`)
    // With fewer than 50,000 addresses, the index's first file is the whole sitemap and there is no second.
    expect((await get(site.url, '/sitemaps/1.xml')).text).toBe(sitemap.text)
    for (const name of ['2.xml', '0.xml', 'x.xml', '1.json'])
      expect([name, (await get(site.url, `/sitemaps/${name}`)).status]).toEqual([name, 404])
    const robots = await get(site.url, '/robots.txt')
    expect(robots.text).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap.xml/)
    const home = await get(site.url, '/')
    expect(home.text).toContain('type="application/atom+xml"')
  })
})

// ---------------------------------------------------------------- inside clinical software

const ICD10CM_OID = '2.16.840.1.113883.6.90'
const SNOMED_OID = '2.16.840.1.113883.6.96'
/** A knowledge request in MedlinePlus Connect's documented shape: the criteria, then the guide's context an EHR adds. */
const infobutton = (criteria: Record<string, string>, type?: string) =>
  `/api/infobutton?${new URLSearchParams({ ...criteria, informationRecipient: 'PAT', 'taskContext.c.c': 'PROBLISTREV', ...(type ? { knowledgeResponseType: type } : {}) })}`

describe('HL7 Infobutton knowledge service', () => {
  const atom = async (path: string) => {
    const res = await get(site.url, path)
    expect([path, res.status, res.headers.get('content-type')]).toEqual([
      path,
      200,
      'application/atom+xml; charset=utf-8',
    ])
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    return parseFeed(res.text)
  }
  const slugs = (feed: { items: { url: string | null }[] }) => feed.items.map((i) => new URL(i.url ?? '').pathname)

  it.each([
    [
      'an ICD-10-CM code',
      {
        'mainSearchCriteria.v.cs': ICD10CM_OID,
        'mainSearchCriteria.v.c': 'E83.59',
        'mainSearchCriteria.v.dn': 'Calciphylaxis',
      },
      ['/diseases/calciphylaxis'],
    ],
    [
      'an ICD-10-CM code without its dot, with a parent entry',
      { 'mainSearchCriteria.v.cs': ICD10CM_OID, 'mainSearchCriteria.v.c': 'C50912' },
      ['/diseases/breast-cancer'],
    ],
    [
      'a SNOMED CT code',
      { 'mainSearchCriteria.v.cs': SNOMED_OID, 'mainSearchCriteria.v.c': '69896004' },
      ['/diseases/rheumatoid-arthritis'],
    ],
    ['a display name only', { 'mainSearchCriteria.v.dn': 'Calciphylaxis' }, ['/diseases/calciphylaxis']],
    ['an unknown code', { 'mainSearchCriteria.v.cs': ICD10CM_OID, 'mainSearchCriteria.v.c': 'J45.909' }, []],
    [
      'an unknown code system',
      { 'mainSearchCriteria.v.cs': '2.16.840.1.113883.6.1', 'mainSearchCriteria.v.c': '2160-0' },
      [],
    ],
  ])('answers %s with an Atom feed a feed parser reads', async (_name, criteria, expected) => {
    const feed = await atom(infobutton(criteria))
    expect(slugs(feed)).toEqual(expected)
    expect(feed.title).toBe('Open Medical Encyclopedia')
    expect(feed.categories.map((c) => c.term)).toEqual(expect.arrayContaining([...Object.values(criteria), 'PAT']))
    expect(feed.items.map((item) => /<p class="summary">/.test(item.description ?? ''))).toEqual(
      expected.map(() => true),
    )
  })

  it('answers as JSON in the OpenAPI schema, the same entries as the Atom feed', async () => {
    const criteria = { 'mainSearchCriteria.v.cs': ICD10CM_OID, 'mainSearchCriteria.v.c': 'E83.5' }
    const res = await json(infobutton(criteria, 'application/json'))
    expect(res.status).toBe(200)
    check('InfobuttonFeed', res.body)
    const feed = await atom(infobutton(criteria, 'text/xml'))
    expect(res.body?.feed.entry.map((e: { id: { _value: string } }) => new URL(e.id._value).pathname)).toEqual(
      slugs(feed),
    )
    expect(slugs(feed)).toEqual(expect.arrayContaining(['/diseases/calciphylaxis', '/diseases/hypercalcaemia']))
  })

  it.each([
    ['en', /^Open Medical Encyclopedia results for ICD-10-CM E83\.59\.$/],
    ['en-US', /^Open Medical Encyclopedia results for ICD-10-CM E83\.59\.$/],
    ['es', /Only English content is available, so this answer is in English \(“es” was asked for\)\.$/],
  ])('answers the language %s in English, saying so when another was asked for', async (language, subtitle) => {
    const feed = await atom(
      infobutton({
        'mainSearchCriteria.v.cs': ICD10CM_OID,
        'mainSearchCriteria.v.c': 'E83.59',
        'informationRecipient.languageCode.c': language,
      }),
    )
    expect(feed.language).toBe('en')
    expect(feed.description).toMatch(subtitle)
    expect(slugs(feed)).toEqual(['/diseases/calciphylaxis'])
  })

  it('refuses a request without a code or a display name, or asking for JSONP, naming the parameter', async () => {
    const none = await json('/api/infobutton?informationRecipient=PAT')
    expect([none.status, none.body?.parameter]).toEqual([400, 'mainSearchCriteria.v.c'])
    check('Error', none.body)
    const jsonp = await json(infobutton({ 'mainSearchCriteria.v.dn': 'Calciphylaxis' }, 'application/javascript'))
    expect([jsonp.status, jsonp.body?.parameter]).toEqual([400, 'knowledgeResponseType'])
    expect(
      (await get(site.url, '/api/infobutton', { method: 'OPTIONS' })).headers.get('access-control-allow-origin'),
    ).toBe('*')
  })

  it('renders the same answer as a small page without framework JavaScript', async () => {
    const page = await get(site.url, `/infobutton?mainSearchCriteria.v.cs=${ICD10CM_OID}&mainSearchCriteria.v.c=E83.59`)
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8'])
    expect(page.text).toContain('<a href="')
    expect(page.text).toContain('/diseases/calciphylaxis">Calciphylaxis</a>')
    expect(page.text).not.toMatch(/<script/i)
    expect(page.headers.get('content-security-policy')).toEqual(expect.any(String))
    expect((await get(site.url, '/infobutton')).status).toBe(400)
  })
})

describe('CDS Hooks', () => {
  const post = (path: string, body: unknown) =>
    get(site.url, path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

  it('lists the service at /cds-services, as discovery', async () => {
    const res = await json('/cds-services')
    expect(res.status).toBe(200)
    check('CdsDiscovery', res.body)
    expect(discoveryShape.parse(res.body).services.map((s) => [s.hook, s.id])).toEqual([
      ['patient-view', 'condition-information'],
    ])
  })

  it('gives cards for the held coded conditions of a FHIR R4 Bundle, and none for the others', async () => {
    const res = await post('/cds-services/condition-information', patientViewRequest())
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/no-store/)
    const body = JSON.parse(res.text) as unknown
    check('CdsCards', body)
    expect(cardsShape.parse(body).cards.map((c) => new URL(c.links[0].url).pathname)).toEqual(
      EXPECTED_SLUGS.map((s) => `/diseases/${s}`),
    )
  })

  it('answers a preflight, 412 without the prefetch, and 405 to a GET of a service', async () => {
    const preflight = await get(site.url, '/cds-services/condition-information', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://sandbox.cds-hooks.org',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect([preflight.status, preflight.headers.get('access-control-allow-methods')]).toEqual([
      204,
      'GET, POST, OPTIONS',
    ])
    const noPrefetch = await post('/cds-services/condition-information', { ...patientViewRequest(), prefetch: {} })
    expect([noPrefetch.status, JSON.parse(noPrefetch.text).field]).toEqual([412, 'prefetch.conditions'])
    const got = await get(site.url, '/cds-services/condition-information')
    expect([got.status, got.headers.get('allow')]).toEqual([405, 'POST, OPTIONS'])
  })
})
