/**
 * The content layer over the hostile dataset: nothing crashes, what is invalid is left out and logged,
 * and what remains carries no executable link or control character.
 */
import { BIDI, HOSTILE_ENTRIES, hostileTitle, shownText, writeHostileDataset } from '../fixtures/hostile'
import { markerText } from '../support/injection'
import { captureWarnings, localApi } from '../support/content'

const { api } = localApi(writeHostileDataset())

describe('a hostile dataset through the content layer', () => {
  it('lists only the valid, unique entries, and logs the rest with id, path and reason', async () => {
    const { result: index, warnings } = await captureWarnings(() => api.getEntryIndex())
    expect(index.map((e) => e.slug).sort()).toEqual(['cycle-entry', 'duplicate-slug', 'huge-section', 'xss-entry'])
    const log = warnings.join('\n')
    expect(log).toMatch(/document=disease-huge-summary path=summary reason="longer than 5000 characters"/)
    expect(log).toMatch(/document=disease-wrong-types path=title reason=/)
    expect(log).toMatch(/document=disease-bad-slug path=slug reason=/)
    expect(log).toMatch(/document=disease-dup-2 path=slug reason=.*already used by disease-dup-1/)
  })

  it('keeps a hostile entry readable with every unsafe part removed', async () => {
    const { result: entry, warnings } = await captureWarnings(() => api.getEntry('xss-entry'))
    expect(entry).not.toBeNull()
    if (!entry) return
    const json = JSON.stringify(entry)
    expect(json).not.toMatch(/javascript:|data:text/i)
    expect(json).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect(entry.title).toContain('<script>') // kept as text: escaping is the renderer's job, and it is tested there
    expect(entry.sections.overview[0].markDefs.map((d) => (d._type === 'link' ? d.href : d._type))).toEqual([
      'https://example.org/?q="><script>alert(8)</script>',
      'cite',
    ])
    expect(entry.associatedConditions.map((a) => a.condition.slug)).toEqual(['cycle-entry'])
    // r3 and r4 are new: an https URL and a DOI that carry markup are valid (escaping them is the renderers'
    // job); the PMID that is a payload is not.
    expect(entry.references.map((r) => [r.url, r.doi, r.pmid])).toEqual([
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
      [expect.stringContaining('xss.citeUrl'), expect.stringContaining('xss.doi'), undefined],
      [undefined, undefined, undefined],
    ])
    // v3 is new: a well-formed video id with a payload title is kept, the title as text.
    expect(entry.videos).toEqual([
      { provider: 'youtube', videoId: 'hostile_vid', title: expect.stringContaining(markerText('xss.video')) },
    ])
    expect(entry.sections.symptoms).toHaveLength(1)
    expect(warnings.join('\n')).toMatch(/path=associatedConditions\[1\]\.condition reason="dangling reference/)
    expect(BIDI).toMatch(/\u202e/i)
  })

  it('keeps the payload in every field a reader sees, as text, so that every output has something to escape', async () => {
    const { result: index } = await captureWarnings(() => api.getEntryIndex())
    expect(index.map((e) => [e.slug, e.title]).sort()).toEqual(
      HOSTILE_ENTRIES.map((e) => [e.slug, shownText(hostileTitle(e.slug, e.tag))]).sort(),
    )
    const { result: entry } = await captureWarnings(() => api.getEntry('xss-entry'))
    const json = JSON.stringify(entry)
    const fields = [
      'title',
      'altName',
      'altName2',
      'summary',
      'feature',
      'codeLabel',
      'subtype',
      'subtypeDe',
      'prevalence',
      'span',
      'symptoms',
      'therapy',
    ]
    fields.push(
      'treatment',
      'epidemiol',
      'testName',
      'testPurp',
      'citeTitle',
      'authors',
      'journal',
      'publisher',
      'video',
      'alt',
      'caption',
      'credit',
      'licence',
    )
    fields.push('note', 'differs')
    const markers = [...fields.map((f) => `xss.${f}`), 'person.name', 'person.cred', 'person.affil', 'category.title']
    expect(markers.filter((m) => !json.includes(JSON.stringify(markerText(m)).slice(1, -1)))).toEqual([])
  })

  it('keeps the rest of a section when one span is a megabyte long', async () => {
    const { result } = await captureWarnings(() => api.getEntry('huge-section'))
    expect(result?.sections.overview.map((b) => b.children.map((c) => c.text).join(''))).toEqual([
      '',
      'The rest of the section survives.',
    ])
  })

  it('shows a category cycle at the top level instead of looping', async () => {
    const { result: tree } = await captureWarnings(() => api.getCategoryTree())
    expect(tree.map((c) => c.slug).sort()).toEqual(['cycle-a', 'cycle-b', 'hostile-category'])
  })

  it('serves drafts only to the drafts perspective', async () => {
    const { result } = await captureWarnings(() => api.getEntry('xss-entry'))
    expect(result?.title).not.toBe('Draft only')
  })
})
