/**
 * Which entries answer a knowledge request, over the bundled dataset through the real content layer and the
 * site's search index: the code, the nearest ICD-10-CM parent an entry holds, then the display name.
 */
import type { EntrySummary } from '../../lib/content/models'
import {
  MAX_MATCHES,
  findMatches,
  requestedCode,
  type InfobuttonMatch,
  type SearchNames,
} from '../../lib/infobutton/match'
import type { SearchIndex } from '../../lib/search/index'
import { OID, acceptedRequest, searchableEntries } from '../support/infobutton'

let entries: EntrySummary[]
let index: SearchIndex
let searches: string[]
const search: SearchNames = (query, limit) => {
  searches.push(query)
  return index.search(query, limit)
}

beforeAll(async () => {
  ;({ entries, index } = await searchableEntries())
})
beforeEach(() => {
  searches = []
})

async function match(query: Record<string, string>, over: EntrySummary[] = entries): Promise<InfobuttonMatch[]> {
  return findMatches(acceptedRequest(query), over, search)
}
const byCode = (system: keyof typeof OID, code: string, extra: Record<string, string> = {}) =>
  match({ 'mainSearchCriteria.v.cs': OID[system], 'mainSearchCriteria.v.c': code, ...extra })
const summary = (matches: InfobuttonMatch[]) =>
  matches.map((m) => [m.entry.slug, m.matchedBy, m.matchedCodes.map((c) => c.code)])

/** The bundled entries with their codes replaced: for hierarchies the dataset does not have. */
function recoded(codes: Record<string, string[]>): EntrySummary[] {
  return entries.map((e) =>
    codes[e.slug]
      ? { ...e, codes: codes[e.slug].map((code) => ({ system: 'icd10cm' as const, code, label: undefined })) }
      : e,
  )
}

describe('infobutton matching: codes', () => {
  it('finds calciphylaxis first for ICD-10-CM E83.59, and does not search when a code matched', async () => {
    const found = await byCode('icd10cm', 'E83.59', { 'mainSearchCriteria.v.dn': 'lupus' })
    expect(summary(found)).toEqual([['calciphylaxis', 'code', ['E83.59']]])
    expect(searches).toEqual([])
  })

  it('reads the code as EHRs write it: lower case, without the dot, with spaces', async () => {
    for (const code of ['e83.59', 'E8359', ' E83.59 '])
      expect([code, summary(await byCode('icd10cm', code))[0]]).toEqual([code, ['calciphylaxis', 'code', ['E83.59']]])
  })

  it("takes ICD-10-CM's U codes as codes (U07.1 COVID-19): well formed, held by no entry", async () => {
    expect(requestedCode('icd10cm', 'U071')).toBe('U07.1')
    expect(await byCode('icd10cm', 'U07.1')).toEqual([])
  })

  it('finds the codes beneath an ICD-10-CM code, up to three, none twice', async () => {
    const found = await byCode('icd10cm', 'E83.5')
    expect(found.map((m) => m.entry.slug).sort()).toEqual(['calciphylaxis', 'hypercalcaemia', 'milk-alkali-syndrome'])
    const chapter = await byCode('icd10cm', 'E83')
    // Four entries hold codes beneath E83 (E83.59, E83.52 twice, E83.39): three are answered.
    expect(entries.filter((e) => e.codes.some((c) => c.code.startsWith('E83'))).length).toBeGreaterThan(MAX_MATCHES)
    expect(chapter).toHaveLength(MAX_MATCHES)
    expect(new Set(chapter.map((m) => m.entry.slug)).size).toBe(MAX_MATCHES)
  })

  it('puts the entries holding the very code before those holding codes beneath it', async () => {
    const over = recoded({ hypercalcaemia: ['E83.52'], 'milk-alkali-syndrome': ['E83.5'] })
    const found = await match({ 'mainSearchCriteria.v.cs': OID.icd10cm, 'mainSearchCriteria.v.c': 'E83.5' }, over)
    expect(summary(found)).toEqual([
      ['milk-alkali-syndrome', 'code', ['E83.5']],
      ['calciphylaxis', 'code', ['E83.59']],
      ['hypercalcaemia', 'code', ['E83.52']],
    ])
  })

  it("finds a child code's parent entry", async () => {
    expect(summary(await byCode('icd10cm', 'C50.912'))).toEqual([['breast-cancer', 'parent code', ['C50']]])
    expect(summary(await byCode('icd10cm', 'I75.89'))).toEqual([
      ['cholesterol-embolisation-syndrome', 'parent code', ['I75']],
    ])
    expect(summary(await byCode('icd10cm', 'L03.901'))).toEqual([['cellulitis', 'parent code', ['L03.90']]])
  })

  it('takes the longest parent that any entry holds, dropping characters across the dot', async () => {
    const over = recoded({ 'breast-cancer': ['C50'], cellulitis: ['C50.9'], obesity: ['C50.91'] })
    const found = await match({ 'mainSearchCriteria.v.cs': OID.icd10cm, 'mainSearchCriteria.v.c': 'C50.912' }, over)
    expect(summary(found)).toEqual([['obesity', 'parent code', ['C50.91']]])
    // E83.59 → E83.5 → E83: the dot is dropped on the way.
    const across = recoded({ calciphylaxis: ['E83'] })
    expect(
      summary(await match({ 'mainSearchCriteria.v.cs': OID.icd10cm, 'mainSearchCriteria.v.c': 'E83.58' }, across)),
    ).toEqual([['calciphylaxis', 'parent code', ['E83']]])
  })

  it('adds the parent entry after the exact one', async () => {
    const over = recoded({ obesity: ['E83'] })
    expect(
      summary(await match({ 'mainSearchCriteria.v.cs': OID.icd10cm, 'mainSearchCriteria.v.c': 'E83.59' }, over)),
    ).toEqual([
      ['calciphylaxis', 'code', ['E83.59']],
      ['obesity', 'parent code', ['E83']],
    ])
  })

  it('does not treat siblings as parents: D86.1 is not D86.0 or D86.9', async () => {
    expect(await byCode('icd10cm', 'D86.1')).toEqual([])
  })

  it.each([
    ['snomed', '69896004', 'rheumatoid-arthritis'],
    ['snomed', '69896004', 'rheumatoid-arthritis'],
    ['mesh', 'D008180', 'systemic-lupus-erythematosus'],
    ['omim', '176860', 'protein-c-deficiency'],
  ] as const)('finds %s %s: %s', async (system, code, slug) => {
    expect(summary(await byCode(system, code))).toEqual([[slug, 'code', [code]]])
  })

  it('answers nothing for a code nobody holds', async () => {
    expect(await byCode('icd10cm', 'Z99.99')).toEqual([])
    expect(await byCode('snomed', '73211009')).toEqual([])
    expect(searches).toEqual([])
  })

  it('answers nothing for a malformed code, rather than every code it prefixes', async () => {
    expect(requestedCode('icd10cm', 'E')).toBeUndefined()
    expect(await byCode('icd10cm', 'E')).toEqual([])
    expect(await byCode('icd10cm', 'E8')).toEqual([])
    expect(await byCode('icd10cm', '<script>')).toEqual([])
  })

  it('answers nothing for a code system it does not hold, even when the code is one it holds elsewhere', async () => {
    for (const oid of ['1.2.3.4', '2.16.840.1.113883.6.103', '1.3.6.1.4.1.12559.11.10.1.3.1.44.5'])
      expect([oid, await match({ 'mainSearchCriteria.v.cs': oid, 'mainSearchCriteria.v.c': 'E83.59' })]).toEqual([
        oid,
        [],
      ])
  })
})

describe('infobutton matching: the display name', () => {
  it('finds an entry by display name alone', async () => {
    expect(summary(await match({ 'mainSearchCriteria.v.dn': 'vitamin D toxicity' }))).toEqual([
      ['hypervitaminosis-d', 'display name', []],
    ])
    expect(summary(await match({ 'mainSearchCriteria.v.dn': 'Calcific uremic arteriolopathy' }))[0]).toEqual([
      'calciphylaxis',
      'display name',
      [],
    ])
  })

  it('searches the display name when the code matches nothing, or its system is not held', async () => {
    expect(summary(await byCode('icd10cm', 'E83.99', { 'mainSearchCriteria.v.dn': 'Calciphylaxis' }))[0]).toEqual([
      'calciphylaxis',
      'display name',
      [],
    ])
    expect(
      summary(
        await match({
          'mainSearchCriteria.v.cs': '1.2.3.4',
          'mainSearchCriteria.v.c': 'X1',
          'mainSearchCriteria.v.dn': 'lupus',
        }),
      ),
    ).toEqual([['systemic-lupus-erythematosus', 'display name', []]])
    expect(searches).toEqual(['Calciphylaxis', 'lupus'])
  })

  it('keeps only strong hits: the diabetes entry for type 1 diabetes, not every entry mentioning diabetes', async () => {
    expect(index.search('Diabetes mellitus type 1', 5).length).toBeGreaterThan(1)
    expect((await match({ 'mainSearchCriteria.v.dn': 'Diabetes mellitus type 1' })).map((m) => m.entry.slug)).toEqual([
      'type-2-diabetes',
    ])
    expect((await match({ 'mainSearchCriteria.v.dn': 'Skin infection' })).map((m) => m.entry.slug)).toEqual([
      'cellulitis',
      'necrotising-fasciitis',
    ])
  })

  it('answers nothing when the name matches nothing', async () => {
    expect(await match({ 'mainSearchCriteria.v.dn': 'Asthma' })).toEqual([])
  })

  it('skips a search hit the entry list no longer has (the index trails a publish)', async () => {
    const stale: SearchNames = () => [
      { slug: 'deleted-entry', score: 10 },
      { slug: 'cellulitis', score: 9 },
    ]
    expect(
      (await findMatches(acceptedRequest({ 'mainSearchCriteria.v.dn': 'anything' }), entries, stale)).map(
        (m) => m.entry.slug,
      ),
    ).toEqual(['cellulitis'])
  })
})
