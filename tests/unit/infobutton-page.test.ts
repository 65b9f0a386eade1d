/**
 * @jest-environment jsdom
 */
/**
 * The knowledge response as a reader page (/infobutton?…), over the bundled dataset: what a reader sees, the
 * "nothing found" answer, the 400 page, and axe-core's WCAG 2.2 A/AA rules that need no layout (jsdom does not
 * compute colours: contrast is checked by the browser tests).
 */
import axe from 'axe-core'
import { STYLE } from '../../lib/embed/document'
import type { EntrySummary } from '../../lib/content/models'
import { findMatches } from '../../lib/infobutton/match'
import { renderInfobuttonBadRequest, renderInfobuttonPage } from '../../lib/infobutton/page'
import { parseInfobuttonRequest } from '../../lib/infobutton/request'
import type { SearchIndex } from '../../lib/search/index'
import { MEDICAL_DISCLAIMER } from '../../lib/site'
import { ORIGIN, OID, acceptedRequest, searchableEntries } from '../support/infobutton'

const ICD10CM = OID.icd10cm

let entries: EntrySummary[]
let index: SearchIndex

beforeAll(async () => {
  ;({ entries, index } = await searchableEntries())
})

async function page(query: Record<string, string>): Promise<string> {
  const request = acceptedRequest(query, { readResponseType: false })
  return renderInfobuttonPage(
    request,
    await findMatches(request, entries, (q, limit) => index.search(q, limit)),
    ORIGIN,
  )
}

function load(html: string) {
  document.open()
  document.write(html)
  document.close()
  return document
}

async function violations(html: string): Promise<string[]> {
  load(html)
  const result = await axe.run(document, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
    },
    // jsdom has no layout or canvas: contrast is the browser tests' to check.
    rules: { 'color-contrast': { enabled: false } },
  })
  return result.violations.map((v) => `${v.id}: ${v.help}`)
}

describe('infobutton reader page', () => {
  it('lists the matches: title linked to the entry, other names, summary, disclaimer and attribution', async () => {
    const doc = load(await page({ 'mainSearchCriteria.v.cs': ICD10CM, 'mainSearchCriteria.v.c': 'E83.5' }))
    expect(doc.documentElement.lang).toBe('en')
    expect(doc.querySelectorAll('main')).toHaveLength(1)
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Information for ICD-10-CM E83.5'])
    const titles = [...doc.querySelectorAll('article h2 a')].map((a) => [a.textContent, a.getAttribute('href')])
    expect(titles).toContainEqual(['Calciphylaxis', `${ORIGIN}/diseases/calciphylaxis`])
    expect(titles).toHaveLength(3)
    const calciphylaxis = [...doc.querySelectorAll('article')].find(
      (a) => a.querySelector('h2')?.textContent === 'Calciphylaxis',
    ) as HTMLElement
    expect(calciphylaxis.querySelector('.also-called')?.textContent).toMatch(
      /^Also called: Calcific uraemic arteriolopathy, /,
    )
    expect(calciphylaxis.querySelector('.summary')?.textContent).toBe(
      entries.find((e) => e.slug === 'calciphylaxis')?.summary,
    )
    expect(calciphylaxis.textContent).toContain('Found by the narrower code E83.59.')
    expect(doc.querySelector('.disclaimer')?.textContent).toBe(MEDICAL_DISCLAIMER)
    expect(doc.querySelector('.attribution')?.textContent).toBe('From the Open Medical Encyclopedia, CC BY 4.0.')
    expect(doc.querySelector('style')?.textContent).toContain(STYLE)
    expect(doc.querySelectorAll('script')).toHaveLength(0)
  })

  it('says how an entry was found when it was not by the very code', async () => {
    const doc = load(await page({ 'mainSearchCriteria.v.cs': ICD10CM, 'mainSearchCriteria.v.c': 'C50.912' }))
    expect(doc.querySelector('article')?.textContent).toContain('Found by the broader code C50.')
    const narrower = load(await page({ 'mainSearchCriteria.v.cs': ICD10CM, 'mainSearchCriteria.v.c': 'E83.5' }))
    expect(narrower.querySelector('article .meta')?.textContent).toBe('Found by the narrower code E83.59.')
    // The very code, however the EHR spells it, needs no note.
    for (const [oid, code] of [
      [ICD10CM, 'E8359'],
      ['2.16.840.1.113883.6.174', 'MIM:176860'],
    ]) {
      const exact = load(await page({ 'mainSearchCriteria.v.cs': oid, 'mainSearchCriteria.v.c': code }))
      expect([code, exact.querySelectorAll('article').length, exact.querySelector('article .meta')]).toEqual([
        code,
        1,
        null,
      ])
    }
  })

  it('says clearly when nothing was found, and links to a search for the display name', async () => {
    const doc = load(
      await page({
        'mainSearchCriteria.v.cs': ICD10CM,
        'mainSearchCriteria.v.c': 'Z99.99',
        'mainSearchCriteria.v.dn': 'Asthma & wheeze',
      }),
    )
    expect(doc.querySelectorAll('article')).toHaveLength(0)
    expect(doc.querySelector('main p')?.textContent).toMatch(
      /^Nothing found\. The Open Medical Encyclopedia has no entry for ICD-10-CM Z99\.99 \(“Asthma & wheeze”\)\.$/,
    )
    const search = [...doc.querySelectorAll('a')].find((a) => a.textContent?.startsWith('Search the encyclopedia'))
    expect(search?.getAttribute('href')).toBe(`${ORIGIN}/search?q=Asthma%20%26%20wheeze`)
    expect(search?.textContent).toBe('Search the encyclopedia for “Asthma & wheeze”')
    const noName = load(await page({ 'mainSearchCriteria.v.cs': '1.2.3.4', 'mainSearchCriteria.v.c': 'E83.59' }))
    expect(noName.querySelector('main p')?.textContent).toContain('and it does not hold that code system')
    expect(
      [...noName.querySelectorAll('a')].find((a) => a.textContent === 'Search the encyclopedia')?.getAttribute('href'),
    ).toBe(`${ORIGIN}/search`)
  })

  it('says when the answer is in English although another language was asked for', async () => {
    const doc = load(await page({ 'mainSearchCriteria.v.dn': 'lupus', 'informationRecipient.languageCode.c': 'es' }))
    expect(doc.querySelector('main > p.meta')?.textContent).toBe(
      'One matching entry in the Open Medical Encyclopedia. Only English content is available, so this answer is in English (“es” was asked for).',
    )
  })

  it('answers a bad request with a page naming the parameter', () => {
    const result = parseInfobuttonRequest(new URLSearchParams('taskContext.c.c=PROBLISTREV'))
    if (result.ok) throw new Error('accepted')
    const doc = load(renderInfobuttonBadRequest(result.parameter, result.reason, ORIGIN))
    expect(doc.querySelector('h1')?.textContent).toBe('This request cannot be answered')
    expect(doc.querySelector('main p')?.textContent).toBe(`Parameter "mainSearchCriteria.v.c" ${result.reason}.`)
  })

  it('has no axe-core violations: matches, nothing found, and the 400 page', async () => {
    const pages = {
      matches: await page({ 'mainSearchCriteria.v.cs': ICD10CM, 'mainSearchCriteria.v.c': 'E83.5' }),
      nothing: await page({ 'mainSearchCriteria.v.dn': 'Asthma' }),
      bad: renderInfobuttonBadRequest('mainSearchCriteria.v.cs', 'is required with a code', ORIGIN),
    }
    for (const [name, html] of Object.entries(pages)) expect([name, await violations(html)]).toEqual([name, []])
    // The check is live: a page without its language, or with a link that has no name, fails it.
    expect(
      await violations(
        pages.nothing.replace('<html lang="en">', '<html>').replace('</main>', '<a href="/x"></a></main>'),
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^html-has-lang/), expect.stringMatching(/^link-name/)]))
  })
})
