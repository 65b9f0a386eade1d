/**
 * The knowledge response over the bundled dataset: Atom read by a real feed parser and by an XML parser (for
 * the exact category scheme and term, which the feed parser resolves as URLs against xml:base), and JSON in
 * MedlinePlus Connect's shape, checked with a zod schema and against the OpenAPI document.
 */
import { parseFeed } from '@rowanmanning/feed-parser'
import Ajv2020 from 'ajv/dist/2020'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { z } from 'zod'
import { openApiDocument } from '../../lib/api/openapi'
import type { EntrySummary } from '../../lib/content/models'
import { CONTENT_LICENCE } from '../../lib/embed/render'
import { atomXml, buildFeed, feedJson, latestChange, xmlEscape } from '../../lib/infobutton/feed'
import { findMatches } from '../../lib/infobutton/match'
import type { SearchIndex } from '../../lib/search/index'
import { htmlText } from '../support/injection'
import { ORIGIN, OID, acceptedRequest, searchableEntries } from '../support/infobutton'

const ICD10CM = OID.icd10cm

let entries: EntrySummary[]
let index: SearchIndex

beforeAll(async () => {
  ;({ entries, index } = await searchableEntries())
})

async function answer(query: Record<string, string>, over: EntrySummary[] = entries) {
  const request = acceptedRequest(query)
  const matches = await findMatches(request, over, (q, limit) => index.search(q, limit))
  const feed = buildFeed(request, matches, ORIGIN, latestChange(over))
  return { feed, xml: atomXml(feed), json: feedJson(feed) }
}

const calciphylaxis = { 'mainSearchCriteria.v.cs': ICD10CM, 'mainSearchCriteria.v.c': 'E83.59' }

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['category', 'link', 'entry'].includes(name),
})
type XmlElement = Record<string, unknown> & { '#text'?: string }
// fast-xml-parser returns untyped trees: the tests read them as records.
const parseXml = (xml: string) => (xmlParser.parse(xml) as { feed: Record<string, unknown> }).feed
const text = (value: unknown) => (typeof value === 'string' ? value : ((value as XmlElement)['#text'] ?? ''))

describe('infobutton Atom response', () => {
  it('is well-formed XML that a real feed parser reads: title, entries, links, dates, language', async () => {
    const { xml } = await answer({ ...calciphylaxis, 'mainSearchCriteria.v.dn': 'Calciphylaxis' })
    expect(XMLValidator.validate(xml)).toBe(true)
    const feed = parseFeed(xml)
    expect(feed.title).toBe('Open Medical Encyclopedia')
    expect(feed.description).toBe('Open Medical Encyclopedia results for ICD-10-CM E83.59 (“Calciphylaxis”).')
    expect(feed.language).toBe('en')
    expect(feed.authors[0]).toMatchObject({ name: 'Open Medical Encyclopedia', url: `${ORIGIN}/` })
    expect(feed.items).toHaveLength(1)
    const [item] = feed.items
    const entry = entries.find((e) => e.slug === 'calciphylaxis') as EntrySummary
    expect(item.title).toBe('Calciphylaxis')
    expect(item.url).toBe(`${ORIGIN}/diseases/calciphylaxis`)
    expect(item.id).toBe(`${ORIGIN}/diseases/calciphylaxis`)
    expect(item.updated?.toISOString()).toBe(
      new Date(entry._updatedAt ?? `${entry.lastReviewed}T00:00:00Z`).toISOString(),
    )
    expect(item.description).toContain(
      'Also called: Calcific uraemic arteriolopathy, Calcific uremic arteriolopathy, CUA',
    )
    expect(item.description).toContain(entry.summary.slice(0, 80))
    // The feed parser reads scheme as a URL, resolved against xml:base.
    expect(feed.categories.map((c) => [c.url, c.term])).toEqual([
      [`${ORIGIN}/mainSearchCriteria.v.c`, 'E83.59'],
      [`${ORIGIN}/mainSearchCriteria.v.cs`, ICD10CM],
      [`${ORIGIN}/mainSearchCriteria.v.dn`, 'Calciphylaxis'],
      [`${ORIGIN}/informationRecipient`, 'PAT'],
    ])
  })

  it('echoes the criteria as categories with the exact parameter names and values, and xml:lang on feed and entries', async () => {
    const { xml } = await answer({
      ...calciphylaxis,
      informationRecipient: 'PROV',
      'informationRecipient.languageCode.c': 'en-US',
      'taskContext.c.c': 'PROBLISTREV',
    })
    const feed = parseXml(xml)
    expect(feed['xml:lang']).toBe('en')
    expect(feed['xml:base']).toBe(`${ORIGIN}/`)
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom')
    expect(feed.category).toEqual([
      { scheme: 'mainSearchCriteria.v.c', term: 'E83.59' },
      { scheme: 'mainSearchCriteria.v.cs', term: ICD10CM },
      { scheme: 'informationRecipient', term: 'PROV' },
      { scheme: 'informationRecipient.languageCode.c', term: 'en-US' },
    ])
    const [entry] = feed.entry as XmlElement[]
    expect(entry['xml:lang']).toBe('en')
    expect(entry.link).toEqual([
      {
        rel: 'alternate',
        type: 'text/html',
        href: `${ORIGIN}/diseases/calciphylaxis`,
        hreflang: 'en',
        title: 'Calciphylaxis',
      },
    ])
    expect(entry.summary).toMatchObject({ type: 'html' })
    expect(text(entry.rights)).toContain(CONTENT_LICENCE.name)
    expect(feed.link).toEqual([
      expect.objectContaining({
        rel: 'self',
        type: 'application/atom+xml',
        href: `${ORIGIN}/api/infobutton?mainSearchCriteria.v.c=E83.59&mainSearchCriteria.v.cs=${ICD10CM}&informationRecipient=PROV&informationRecipient.languageCode.c=en-US`,
      }),
      expect.objectContaining({
        rel: 'alternate',
        type: 'text/html',
        href: `${ORIGIN}/infobutton?mainSearchCriteria.v.c=E83.59&mainSearchCriteria.v.cs=${ICD10CM}&informationRecipient=PROV&informationRecipient.languageCode.c=en-US`,
      }),
    ])
    expect(text(feed.id)).toBe((feed.link as XmlElement[])[0].href)
    // English was asked for: no word about languages.
    expect(text(feed.subtitle)).not.toMatch(/English/)
  })

  it('writes the elements in the order of the guide schema (KnowledgeResponse.xsd)', async () => {
    const { xml } = await answer({ 'mainSearchCriteria.v.dn': 'Skin infection' })
    const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml) as Record<
      string,
      Record<string, unknown>[]
    >[]
    const names = (nodes: Record<string, unknown>[]) =>
      nodes.map((n) => Object.keys(n).find((k) => k !== ':@')).filter((k) => k !== '#text')
    const feed = ordered.find((n) => 'feed' in n)?.feed ?? []
    const collapse = (list: (string | undefined)[]) => list.filter((n, i) => n !== list[i - 1])
    expect(collapse(names(feed))).toEqual([
      'title',
      'subtitle',
      'author',
      'updated',
      'category',
      'id',
      'link',
      'rights',
      'entry',
    ])
    const entry = feed.find((n) => 'entry' in n)?.entry as Record<string, unknown>[]
    expect(names(entry)).toEqual(['title', 'link', 'id', 'updated', 'summary', 'rights'])
  })

  it('carries the summary as HTML: other names, the summary, when to get help, attribution with the licence', async () => {
    const { xml } = await answer(calciphylaxis)
    const summary = text((parseXml(xml).entry as XmlElement[])[0].summary)
    expect(summary).toMatch(/^<p class="also-called">Also called: Calcific uraemic arteriolopathy, /)
    expect(summary).toContain(`<a href="${CONTENT_LICENCE.url}">CC BY 4.0</a>`)
    expect(summary).toContain(`<a href="${ORIGIN}/diseases/calciphylaxis">Read the full entry</a>`)
    expect(htmlText(summary)).toContain('From the Open Medical Encyclopedia, CC BY 4.0.')
    // The entry's graded advice, most urgent first, after the summary and before the attribution.
    const help = (entries.find((e) => e.slug === 'calciphylaxis') as EntrySummary).whenToGetHelp
    expect(help?.urgent.length).toBeGreaterThan(0)
    const shown = htmlText(summary)
    expect(shown).toMatch(
      /When to get helpEmergency: Call an emergency number nowCall your local emergency number \(999 in the UK, 911 in the US and Canada, 112 across Europe\)/,
    )
    for (const situation of [...(help?.emergency ?? []), ...(help?.urgent ?? []), ...(help?.routine ?? [])])
      expect(shown).toContain(situation)
    expect(shown.indexOf('When to get help')).toBeGreaterThan(shown.indexOf('Calciphylaxis is a rare'))
    expect(shown.indexOf('When to get help')).toBeLessThan(shown.indexOf('From the Open Medical Encyclopedia'))
  })

  it('answers an unknown code, or an unknown code system, with a valid empty feed', async () => {
    for (const query of [
      { ...calciphylaxis, 'mainSearchCriteria.v.c': 'Z99.99' },
      { ...calciphylaxis, 'mainSearchCriteria.v.cs': '1.2.3.4' },
    ]) {
      const { xml } = await answer(query)
      expect(XMLValidator.validate(xml)).toBe(true)
      const feed = parseFeed(xml)
      expect(feed.items).toEqual([])
      expect(feed.updated?.toISOString()).toBe(latestChange(entries))
      expect(parseXml(xml).entry).toBeUndefined()
    }
    expect(
      parseFeed((await answer({ ...calciphylaxis, 'mainSearchCriteria.v.cs': '1.2.3.4' })).xml).description,
    ).toMatch(/code E83\.59 of code system 1\.2\.3\.4\. This service does not hold that code system\.$/)
  })

  it('answers another language in English, and says so in the subtitle', async () => {
    const { xml } = await answer({ ...calciphylaxis, 'informationRecipient.languageCode.c': 'es' })
    const feed = parseFeed(xml)
    expect(feed.language).toBe('en')
    expect(feed.items).toHaveLength(1)
    expect(feed.description).toMatch(
      /Only English content is available, so this answer is in English \(“es” was asked for\)\.$/,
    )
  })

  it('stays well-formed where HTML escaping alone would not: runs of spaces, characters XML cannot carry', async () => {
    const spaced = entries.map((e) =>
      e.slug === 'calciphylaxis' ? { ...e, summary: `Two  spaces,   three \ufffe and a lone \ud800 surrogate.` } : e,
    )
    const { xml } = await answer({ ...calciphylaxis, 'mainSearchCriteria.v.dn': 'a\u0001b' }, spaced)
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toMatch(/&nbsp;/)
    expect(xml).not.toMatch(/[\u0001\ufffe]|\ud800/)
    expect(text((parseXml(xml).entry as XmlElement[])[0].summary)).toContain('Two&nbsp; spaces')
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })
})

describe('infobutton JSON response', () => {
  const value = z.object({ _value: z.string() }).strict()
  const textValue = z.object({ type: z.literal('text'), _value: z.string() }).strict()
  const link = z
    .object({
      rel: z.enum(['self', 'alternate']),
      type: z.string(),
      href: z.url(),
      hreflang: z.literal('en'),
      title: z.string(),
    })
    .strict()
  /** MedlinePlus Connect's JSON: attributes as plain keys, element text as _value, arrays for category, link and entry. */
  const shape = z
    .object({
      feed: z
        .object({
          base: z.url(),
          lang: z.literal('en'),
          title: textValue,
          subtitle: textValue,
          author: z.object({ name: value, uri: value }).strict(),
          updated: value,
          category: z.array(z.object({ scheme: z.string(), term: z.string() }).strict()),
          id: value,
          link: z.array(link),
          rights: textValue,
          entry: z
            .array(
              z
                .object({
                  lang: z.literal('en'),
                  title: textValue,
                  link: z.array(link),
                  id: value,
                  updated: value,
                  summary: z.object({ type: z.literal('html'), _value: z.string() }).strict(),
                  rights: textValue,
                })
                .strict(),
            )
            .max(3),
        })
        .strict(),
    })
    .strict()

  it("has MedlinePlus Connect's shape", async () => {
    const { json } = await answer({ ...calciphylaxis, 'mainSearchCriteria.v.dn': 'Calciphylaxis' })
    const parsed = shape.parse(JSON.parse(JSON.stringify(json)))
    expect(parsed.feed.category).toEqual([
      { scheme: 'mainSearchCriteria.v.c', term: 'E83.59' },
      { scheme: 'mainSearchCriteria.v.cs', term: ICD10CM },
      { scheme: 'mainSearchCriteria.v.dn', term: 'Calciphylaxis' },
      { scheme: 'informationRecipient', term: 'PAT' },
    ])
    expect(parsed.feed.entry.map((e) => [e.title._value, e.link[0].href, e.id._value])).toEqual([
      ['Calciphylaxis', `${ORIGIN}/diseases/calciphylaxis`, `${ORIGIN}/diseases/calciphylaxis`],
    ])
    expect(parsed.feed.entry[0].summary._value).toMatch(/^<p class="also-called">Also called: /)
  })

  it('is the same tree as the Atom feed', async () => {
    const { xml, json } = await answer({
      'mainSearchCriteria.v.dn': 'Skin infection',
      'informationRecipient.languageCode.c': 'fr',
    })
    const feed = parseXml(xml)
    expect(json.feed.subtitle._value).toBe(text(feed.subtitle))
    expect(json.feed.category).toEqual(feed.category)
    expect(json.feed.link).toEqual(feed.link)
    expect(json.feed.entry.map((e) => e.summary._value)).toEqual(
      (feed.entry as XmlElement[]).map((e) => text(e.summary)),
    )
    expect(json.feed.entry.map((e) => e.updated._value)).toEqual(
      (feed.entry as XmlElement[]).map((e) => text(e.updated)),
    )
  })

  it('keeps arrays for category, link and entry when there is one or none', async () => {
    const empty = shape.parse((await answer({ ...calciphylaxis, 'mainSearchCriteria.v.c': 'Z99.99' })).json)
    expect(empty.feed.entry).toEqual([])
    // One category only (the recipient), still a list: clients index category[0].
    const one = shape.parse((await answer({ 'mainSearchCriteria.v.dn': 'Calciphylaxis' })).json)
    expect(one.feed.entry).toHaveLength(1)
    expect(one.feed.entry[0].link).toHaveLength(1)
  })

  it('matches the InfobuttonFeed schema of the OpenAPI document, which describes the operation', async () => {
    const doc = openApiDocument(ORIGIN)
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    ajv.addSchema({ ...doc, components: doc.components }, '#')
    const validate = ajv.getSchema('#/components/schemas/InfobuttonFeed')
    if (!validate) throw new Error('no InfobuttonFeed schema')
    for (const query of [
      calciphylaxis,
      { 'mainSearchCriteria.v.dn': 'Skin infection' },
      { ...calciphylaxis, 'mainSearchCriteria.v.c': 'Z99.99' },
    ]) {
      const ok = validate(JSON.parse(JSON.stringify((await answer(query)).json)))
      expect([query, ok ? [] : validate.errors]).toEqual([query, []])
    }
    expect(validate({ feed: { lang: 'en' } })).toBe(false)
    const operation = doc.paths['/infobutton']
    expect(operation.servers).toEqual([{ url: `${ORIGIN}/api` }])
    expect(operation.get.parameters.map((p) => p.name)).toEqual([
      'mainSearchCriteria.v.c',
      'mainSearchCriteria.v.cs',
      'mainSearchCriteria.v.dn',
      'informationRecipient',
      'informationRecipient.languageCode.c',
      'knowledgeResponseType',
    ])
    expect(Object.keys(operation.get.responses['200'].content)).toEqual(['application/atom+xml', 'application/json'])
  })
})
