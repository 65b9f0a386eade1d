/**
 * Hostile content and hostile requests through the knowledge response: the hostile dataset's entries (a
 * payload in every string, coded E83.59) and payloads in the echoed criteria, checked with the injection
 * detector on the Atom feed, on each summary's HTML (from the XML and from the JSON) and on the reader page.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { DomUtils, parseDocument } from 'htmlparser2'
import type { EntrySummary } from '../../lib/content/models'
import { atomXml, buildFeed, feedJson, latestChange } from '../../lib/infobutton/feed'
import { findMatches, type SearchNames } from '../../lib/infobutton/match'
import { renderInfobuttonBadRequest, renderInfobuttonPage } from '../../lib/infobutton/page'
import { parseInfobuttonRequest } from '../../lib/infobutton/request'
import type { SearchIndex } from '../../lib/search/index'
import { HOSTILE_ENTRIES, payload, tightPayload, writeHostileDataset } from '../fixtures/hostile'
import {
  findInHtml,
  findInJson,
  findInXml,
  formatFinding,
  htmlText,
  markerText,
  xmlStrings,
  type Finding,
} from '../support/injection'
import { captureWarnings } from '../support/content'
import { ORIGIN, acceptedRequest, searchableEntries } from '../support/infobutton'

const options = (url: string) => ({ url, origins: [ORIGIN] })
const report = (findings: Finding[]) => findings.map(formatFinding)

let entries: EntrySummary[]
let index: SearchIndex

beforeAll(async () => {
  // The hostile dataset logs what it leaves out; that is the content layer's test, not this one's.
  ;({ entries, index } = (await captureWarnings(() => searchableEntries(writeHostileDataset()))).result)
})

async function answer(query: Record<string, string>, search: SearchNames = (q, limit) => index.search(q, limit)) {
  const request = acceptedRequest(query)
  const matches = await findMatches(request, entries, search)
  const feed = buildFeed(request, matches, ORIGIN, latestChange(entries))
  return {
    matches,
    xml: atomXml(feed),
    json: JSON.stringify(feedJson(feed)),
    page: renderInfobuttonPage(request, matches, ORIGIN),
  }
}

const summaries = (xml: string) =>
  (
    (
      new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'entry' }).parse(xml) as {
        feed: { entry?: { summary: { '#text': string } }[] }
      }
    ).feed.entry ?? []
  ).map((e) => e.summary['#text'])

describe('infobutton outputs with hostile content', () => {
  const hostileCode = { 'mainSearchCriteria.v.cs': '2.16.840.1.113883.6.90', 'mainSearchCriteria.v.c': 'E83.59' }

  it('finds the hostile entries, so the payloads reach every output', async () => {
    const { matches, xml, page } = await answer(hostileCode)
    // Every surviving hostile entry is coded E83.59: the answer is the first three.
    expect(matches).toHaveLength(3)
    const tags = matches.map((m) => HOSTILE_ENTRIES.find((h) => h.slug === m.entry.slug)?.tag)
    expect(tags.every(Boolean)).toBe(true)
    // As text: the escaping keeps the payloads, it does not drop them.
    const feedText = xmlStrings(xml).join('\n')
    const summaryText = summaries(xml).map(htmlText).join('\n')
    for (const tag of tags) {
      expect(feedText).toContain(markerText(`${tag}.title`))
      expect(summaryText).toContain(markerText(`${tag}.summary`))
      expect(summaryText).toContain(markerText(`${tag}.altName`))
      expect(summaryText).toContain(markerText(`${tag}.helpUrgent`))
      expect(htmlText(page)).toContain(markerText(`${tag}.summary`))
      expect(htmlText(page)).toContain(markerText(`${tag}.helpEmergency`))
    }
  })

  it('keeps the Atom feed well-formed and free of markup from content, summaries included', async () => {
    const { xml } = await answer(hostileCode)
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(report(findInXml(xml, options('/api/infobutton')))).toEqual([])
    const html = summaries(xml)
    expect(html).toHaveLength(3)
    for (const [i, summary] of html.entries())
      expect(report(findInHtml(summary, { ...options('/api/infobutton'), within: `entry[${i + 1}]/summary` }))).toEqual(
        [],
      )
  })

  it('keeps the JSON free of markup from content, summaries included', async () => {
    const { json } = await answer({ ...hostileCode, knowledgeResponseType: 'application/json' })
    expect(report(findInJson(json, options('/api/infobutton?json')))).toEqual([])
    const feed = JSON.parse(json) as { feed: { entry: { summary: { _value: string } }[] } }
    for (const [i, entry] of feed.feed.entry.entries())
      expect(
        report(findInHtml(entry.summary._value, { ...options('/api/infobutton?json'), within: `entry[${i}].summary` })),
      ).toEqual([])
  })

  it('keeps the reader page free of markup from content', async () => {
    const { page } = await answer(hostileCode)
    expect(report(findInHtml(page, options('/infobutton')))).toEqual([])
  })

  const hostileQuery = {
    'mainSearchCriteria.v.cs': tightPayload('req.cs'),
    'mainSearchCriteria.v.c': tightPayload('req.code').slice(0, 40),
    'mainSearchCriteria.v.dn': `${payload('req.dn')} \u0001`,
    'informationRecipient.languageCode.c': 'es',
  }

  it.each([
    // The payload's words find the hostile entries by name; with a search that finds nothing, the page
    // answers "nothing found" with a search link carrying the display name.
    ['with matches by name', undefined, 3],
    ['with nothing found', () => [], 0],
  ] as [string, SearchNames | undefined, number][])(
    'echoes hostile criteria as text in the feed, the JSON and the page, %s',
    async (_what, search, count) => {
      const { matches, xml, json, page } = await answer(hostileQuery, search)
      expect(matches).toHaveLength(count)
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(report(findInXml(xml, options('/api/infobutton?hostile')))).toEqual([])
      expect(report(findInJson(json, options('/api/infobutton?hostile')))).toEqual([])
      expect(report(findInHtml(page, options('/infobutton?hostile')))).toEqual([])
      expect(xmlStrings(xml)).toContain(hostileQuery['mainSearchCriteria.v.cs'])
      expect(htmlText(page)).toContain(markerText('req.dn'))
      if (count === 0) {
        const links = DomUtils.findAll((el) => el.name === 'a', parseDocument(page).children).map((a) => a.attribs.href)
        expect(links).toContain(`${ORIGIN}/search?q=${encodeURIComponent(payload('req.dn'))}`)
      }
    },
  )

  it('names a hostile parameter on the 400 page as text', () => {
    const name = tightPayload('req.name')
    const result = parseInfobuttonRequest(
      new URLSearchParams([
        [name, 'x'.repeat(3000)],
        ['mainSearchCriteria.v.dn', 'x'],
      ]),
    )
    if (result.ok) throw new Error('accepted')
    expect(result.parameter).toBe(name.slice(0, 60))
    const page = renderInfobuttonBadRequest(result.parameter, result.reason, ORIGIN)
    expect(report(findInHtml(page, options('/infobutton?bad')))).toEqual([])
    expect(htmlText(page)).toContain(markerText('req.name'))
  })
})
