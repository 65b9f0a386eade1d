/**
 * Draft previews' invisible edit links (lib/content/stega.ts) through content validation: the visible text
 * is bounded and tidied, the link survives; only prose fields get links.
 */
import { vercelStegaCombine, vercelStegaDecode } from '@vercel/stega'
import { text } from '../../lib/content/models'
import { PROSE_FIELDS, STEGA, clean, splitEditLink } from '../../lib/content/stega'

const link = { origin: 'sanity.io', href: '/studio/intent/edit/mode=presentation;id=disease-x;type=disease;path=title' }
const linked = (s: string) => vercelStegaCombine(s, link, false)

describe('edit links in validated text', () => {
  it('bounds and trims the visible text and keeps the link decodable', () => {
    const parsed = text(9).parse(linked('  Hello  '))
    expect(splitEditLink(parsed)[0]).toBe('Hello')
    expect(vercelStegaDecode(parsed)).toEqual(link)
    expect(text(5).safeParse(linked('Hello!')).success).toBe(false)
  })

  it('leaves text without a link as it was, and clean() removes links deeply', () => {
    expect(splitEditLink('Plain')).toEqual(['Plain', ''])
    expect(clean({ title: linked('Calciphylaxis'), n: 1 })).toEqual({ title: 'Calciphylaxis', n: 1 })
  })

  it('encodes prose fields only', () => {
    const filter = STEGA.filter
    if (!filter) throw new Error('no filter')
    const allows = (sourcePath: (string | number)[], value = 'Some words') =>
      filter({
        sourcePath,
        resultPath: sourcePath,
        value,
        sourceDocument: { _id: 'disease-x', _type: 'disease' },
        filterDefault: () => true,
      })
    expect(PROSE_FIELDS.has('summary')).toBe(true)
    expect(allows(['summary'])).toBe(true)
    // Blank text stays blank: code asks whether there is any.
    expect(allows(['summary'], '  ')).toBe(false)
    expect(allows(['overview', 0, 'children', 0, 'text'])).toBe(true)
    for (const logic of [
      ['slug', 'current'],
      ['codes', 0, 'code'],
      ['rarity'],
      ['reviewKind'],
      ['references', 0, 'doi'],
    ])
      expect([logic, allows(logic)]).toEqual([logic, false])
  })
})
