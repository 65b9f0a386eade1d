/**
 * @jest-environment jsdom
 */
import { render, screen } from '@testing-library/react'
import { DomUtils, parseDocument } from 'htmlparser2'
import { ReviewFooter } from '@/components/entry/ReviewFooter'
import { apiEntry } from '@/lib/api/shapes'
import type { Entry } from '@/lib/content/models'
import { renderEmbed } from '@/lib/embed/render'
import { localApi } from '../support/content'

const ORIGIN = 'https://encyclopedia.example'
const EDITORIAL =
  'Last reviewed on 12 March 2026: an editorial review against the cited sources by Editorial team, Open Medical Encyclopedia, not a clinical review.'
let calciphylaxis: Entry
let all: Entry[]

beforeAll(async () => {
  const { api } = localApi()
  all = (await Promise.all((await api.getEntryIndex()).map((e) => api.getEntry(e.slug)))).filter(
    (e): e is Entry => e !== null,
  )
  calciphylaxis = all.find((e) => e.slug === 'calciphylaxis') as Entry
})

const embedFooter = (entry: Entry) =>
  DomUtils.textContent(
    DomUtils.findOne((el) => el.name === 'footer', parseDocument(renderEmbed(entry, [], ORIGIN)).children) ?? [],
  )

describe('the review line says what kind of review an entry had', () => {
  it('says an editorial review is not a clinical one, on the page, in the embed and in the API', () => {
    render(<ReviewFooter entry={calciphylaxis} />)
    expect(screen.getByText(/^Last reviewed on/).textContent).toBe(`${EDITORIAL} Next review due: 12 March 2027.`)
    expect(embedFooter(calciphylaxis)).toContain(EDITORIAL)
    expect(apiEntry(calciphylaxis, ORIGIN, []).review).toMatchObject({
      kind: 'editorial',
      description:
        'an editorial review against the cited sources by Editorial team, Open Medical Encyclopedia, not a clinical review',
      reviewer: { name: 'Editorial team' },
    })
  })

  it('names a clinical reviewer with their qualification and affiliation', () => {
    const clinical: Entry = {
      ...calciphylaxis,
      reviewKind: 'clinical',
      reviewer: { name: 'Dr A. Example', credentials: 'MD, nephrologist', affiliation: 'Example Hospital' },
    }
    const line =
      'Last reviewed on 12 March 2026: a clinical review by Dr A. Example (MD, nephrologist), Example Hospital.'
    render(<ReviewFooter entry={clinical} />)
    expect(screen.getByText(/^Last reviewed on/).textContent).toContain(line)
    expect(embedFooter(clinical)).toContain(line)
  })

  it('says so when the kind of review was not recorded, rather than guess', () => {
    render(<ReviewFooter entry={{ ...calciphylaxis, reviewKind: undefined }} />)
    expect(screen.getByText(/^Last reviewed on/).textContent).toContain(
      'a review by Editorial team, Open Medical Encyclopedia (what kind of review was not recorded).',
    )
  })

  // content:check (tests/scripts) holds the rest: changed after created, review dates in order.
  it('is true of the bundled dataset: editorial reviews, reviewed again a year later', () => {
    expect(all.length).toBeGreaterThanOrEqual(27)
    const yearAfter = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`
    expect(all.map((e) => [e.slug, e.reviewKind, e.nextReview])).toEqual(
      all.map((e) => [e.slug, 'editorial', yearAfter(e.lastReviewed ?? '')]),
    )
  })
})
