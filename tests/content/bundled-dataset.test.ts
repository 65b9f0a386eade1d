/**
 * Every query of the content layer over the bundled dataset: what a new user sees on `npm start`.
 */
import { captureWarnings, localApi } from '../support/content'
import { SECTION_KEYS } from '../../lib/domain/sections'
import { RELATIONSHIP_KINDS } from '../../lib/domain/relationships'

const { api } = localApi()

describe('the bundled dataset through the content layer', () => {
  it('loads without a single content warning', async () => {
    const { warnings } = await captureWarnings(async () => {
      const slugs = await api.getEntrySlugs()
      await api.getEntryIndex()
      await api.getCategoryTree()
      for (const slug of slugs) await api.getEntry(slug)
      for (const c of await api.getCategories()) await api.getCategory(c.slug)
    })
    expect(warnings).toEqual([])
  })

  it("writes a link to another entry with the entry's own spelling: capitals and hyphens kept (hypervitaminosis D, milk-alkali syndrome)", async () => {
    const links: [string, string, string][] = []
    for (const slug of await api.getEntrySlugs()) {
      const entry = await api.getEntry(slug)
      for (const key of SECTION_KEYS)
        for (const block of entry?.sections[key] ?? [])
          for (const child of block.children)
            for (const def of block.markDefs)
              if (def._type === 'entryLink' && def.title && child.marks.includes(def._key))
                links.push([slug, child.text, def.title])
    }
    expect(links.length).toBeGreaterThan(50)
    // Only the first letter may change case ("obesity" in a sentence links "Obesity").
    const same = (text: string, title: string) =>
      text.toLowerCase().replace(/-/g, ' ') === title.toLowerCase().replace(/-/g, ' ')
    const respelt = links.filter(([, text, title]) => same(text, title) && text.slice(1) !== title.slice(1))
    expect(respelt).toEqual([])
  })

  it('keeps the spaces between the spans of a paragraph ("parts of the body", not "thebody")', async () => {
    const entry = await api.getEntry('breast-cancer')
    const block = entry?.sections.overview.find((b) => b._key === '939e512201bc')
    const text = block?.children.map((c) => c.text).join('') ?? ''
    expect(text).toContain('other parts of the body')
    expect(block?.children.some((c) => c.text.endsWith(' '))).toBe(true)
  })

  it('serves calciphylaxis with its sections, codes, references and review', async () => {
    const entry = await api.getEntry('calciphylaxis')
    expect(entry).not.toBeNull()
    if (!entry) return
    expect(entry.title).toBe('Calciphylaxis')
    expect(entry.alternateNames).toEqual(expect.arrayContaining(['Calcific uraemic arteriolopathy']))
    expect(entry.codes).toEqual(
      expect.arrayContaining([expect.objectContaining({ system: 'icd10cm', code: 'E83.59' })]),
    )
    expect(entry.features.length).toBeGreaterThanOrEqual(3)
    const withText = SECTION_KEYS.filter((k) => entry.sections[k].length > 0)
    expect(withText.length).toBeGreaterThanOrEqual(5)
    expect(entry.references.length).toBeGreaterThanOrEqual(2)
    expect(entry.typicalTests.length).toBeGreaterThan(0)
    expect(entry.differentialDiagnoses.length).toBeGreaterThan(0)
    expect(entry.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(entry.reviewer?.name).toBeTruthy()
    expect(entry.images.length).toBeGreaterThan(0)
  })

  it('holds at least 42 entries and 8 diagrams, each with alternative text that describes it', async () => {
    const slugs = await api.getEntrySlugs()
    expect(slugs.length).toBeGreaterThanOrEqual(42)
    const images = (await Promise.all(slugs.map((slug) => api.getEntry(slug)))).flatMap((e) => e?.images ?? [])
    expect(new Set(images.map((i) => i.url)).size).toBeGreaterThanOrEqual(8)
    for (const image of images) expect([image.url, image.alt.length > 100]).toEqual([image.url, true])
  })

  it('exercises every relationship kind', async () => {
    const kinds = new Set<string>()
    for (const e of await api.getEntryIndex()) for (const l of e.links) kinds.add(l.relationship)
    expect([...kinds].sort()).toEqual([...RELATIONSHIP_KINDS].sort())
  })

  it('links resolve: every associated condition, differential, inline entry link and category exists', async () => {
    const slugs = new Set(await api.getEntrySlugs())
    const categories = new Set((await api.getCategories()).map((c) => c.slug))
    expect(slugs.size).toBeGreaterThanOrEqual(5)
    for (const slug of slugs) {
      const entry = await api.getEntry(slug)
      expect(entry).not.toBeNull()
      if (!entry) continue
      for (const a of entry.associatedConditions) expect(slugs).toContain(a.condition.slug)
      for (const d of entry.differentialDiagnoses) expect(slugs).toContain(d.condition.slug)
      for (const m of entry.mentionedBy) expect(slugs).toContain(m.slug)
      for (const c of entry.categories) expect(categories).toContain(c.slug)
      for (const key of SECTION_KEYS)
        for (const block of entry.sections[key])
          for (const def of block.markDefs) if (def._type === 'entryLink') expect(slugs).toContain(def.slug)
    }
  })

  it('shows links both ways: an entry linked from calciphylaxis lists calciphylaxis as mentioning it', async () => {
    const calciphylaxis = await api.getEntry('calciphylaxis')
    const target = calciphylaxis?.associatedConditions.find((a) => a.relationship === 'occursIn')?.condition.slug
    expect(target).toBeDefined()
    const other = await api.getEntry(target as string)
    expect(other?.mentionedBy.map((m) => m.slug)).toContain('calciphylaxis')
  })

  it('lists entries A–Z and nests categories', async () => {
    const index = await api.getEntryIndex()
    const titles = index.map((e) => e.title)
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    const tree = await api.getCategoryTree()
    const endocrine = tree.find((c) => c.slug === 'endocrine-and-metabolic')
    expect(endocrine?.children.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['calcium-metabolism', 'extraskeletal-calcification']),
    )
    const category = await api.getCategory('calcium-metabolism')
    expect(category?.parent?.slug).toBe('endocrine-and-metabolic')
    expect(category?.entries.length).toBeGreaterThan(0)
  })

  it('answers null for unknown and malformed slugs without querying nonsense', async () => {
    expect(await api.getEntry('no-such-entry')).toBeNull()
    expect(await api.getEntry('../../etc/passwd')).toBeNull()
    expect(await api.getEntry('Calciphylaxis')).toBeNull()
    expect(await api.getCategory('no-such-category')).toBeNull()
  })

  it('serves image assets through the local media route', async () => {
    const entry = await api.getEntry('calciphylaxis')
    expect(entry?.images?.length).toBeGreaterThan(0)
    for (const image of entry?.images ?? []) {
      expect(image.url).toMatch(/^\/media\/[a-z0-9-]+\.svg$/)
      expect(image.alt.length).toBeGreaterThan(10)
      expect(image.width).toBeGreaterThan(0)
    }
  })
})
