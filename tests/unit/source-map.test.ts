/**
 * The loopback Content Lake's Content Source Maps (tests/support/source-map.ts) with the real
 * @sanity/client encoder and the site's filter (lib/content/stega.ts): the entry query's prose gets edit
 * links to the right document and field; its logic strings get none.
 */
import fs from 'node:fs'
import { stegaEncodeSourceMap } from '@sanity/client/stega'
import { vercelStegaDecode, vercelStegaSplit } from '@vercel/stega'
import { ENTRY_QUERY } from '../../lib/content/queries'
import { draftsView, parseNdjson } from '../../lib/content/sources/dataset'
import { GroqDataset } from '../../lib/content/sources/groq'
import { STEGA } from '../../lib/content/stega'
import { BUNDLED_DATASET } from '../support/content'
import { sourceMapFor } from '../support/source-map'

const documents = draftsView(parseNdjson(fs.readFileSync(BUNDLED_DATASET, 'utf8'), BUNDLED_DATASET))
type Encoded = Record<string, unknown> & {
  title: string
  slug: string
  summary: string
  codes: { code: string; system: string }[]
  associatedConditions: { relationship: string; condition: { title: string; slug: string } }[]
  sections: { overview: { children: { text: string }[] }[] }
}
const linkOf = (s: string) => decodeURIComponent(vercelStegaDecode<{ href: string }>(s)?.href ?? '')
const linked = (s: string) => vercelStegaSplit(s).encoded !== ''

let entry: Encoded
beforeAll(async () => {
  const result = await new GroqDataset(documents).query(ENTRY_QUERY, { slug: 'calciphylaxis', lang: 'en' })
  const map = sourceMapFor(result, documents)
  expect(map.documents.length).toBeGreaterThan(3)
  entry = stegaEncodeSourceMap(result, map as never, { ...STEGA, enabled: true }) as Encoded
})

describe('Content Source Maps of the loopback Content Lake', () => {
  it('point prose at its document and field, sections at their block and span', () => {
    expect(linkOf(entry.title)).toMatch(/id=disease-calciphylaxis;type=disease;path=title/)
    expect(linkOf(entry.summary)).toMatch(/id=disease-calciphylaxis;type=disease;path=summary/)
    const span = entry.sections.overview[0].children[0].text
    expect(linkOf(span)).toMatch(/path=overview\[_key=="[^"]+"\]\.children\[_key=="[^"]+"\]\.text/)
    const linkedEntry = entry.associatedConditions[0].condition
    expect(linkOf(linkedEntry.title)).toContain(`type=disease;path=title`)
    expect(linkOf(linkedEntry.title)).not.toContain('id=disease-calciphylaxis;')
  })

  it('leave logic strings as they are', () => {
    expect(entry.slug).toBe('calciphylaxis')
    expect(linked(entry.associatedConditions[0].condition.slug)).toBe(false)
    expect(linked(entry.associatedConditions[0].relationship)).toBe(false)
    expect(entry.codes.length).toBeGreaterThan(0)
    for (const code of entry.codes) expect([code, linked(code.code) || linked(code.system)]).toEqual([code, false])
  })
})
