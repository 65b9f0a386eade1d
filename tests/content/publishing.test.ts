/**
 * From a changed document to the exact tags to revalidate, over the bundled dataset.
 */
import fs from 'node:fs'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { WEBHOOK_FILTER, WEBHOOK_PROJECTION, changeSchema, referencesOf } from '../../lib/content/publishing'
import { localApi } from '../support/content'

const { api, source } = localApi()
const doc = (id: string) => {
  const found = source.documents().find((d) => d._id === id)
  if (!found) throw new Error(`no ${id}`)
  return found
}

describe('what a publish revalidates', () => {
  it('finds every reference in a document, including inline entry links, but not image assets', () => {
    const refs = referencesOf(doc('disease-calciphylaxis'))
    expect(refs).toEqual(
      expect.arrayContaining(['disease-chronic-kidney-disease', 'category-skin', 'person-editorial-team']),
    )
    expect(refs.some((r) => r.startsWith('image-'))).toBe(false)
  })

  it('an entry: its page, the lists, and the pages of every entry and category it links to or is linked from', async () => {
    const tags = await api.getRevalidationTags({
      _id: 'disease-calciphylaxis',
      _type: 'disease',
      slug: 'calciphylaxis',
    })
    expect(tags.slice(0, 2)).toEqual(['entry:calciphylaxis', 'entries'])
    expect(tags).toEqual(expect.arrayContaining(['categories', 'entry:chronic-kidney-disease', 'category:skin']))
    const entry = await api.getEntry('calciphylaxis')
    const linked = new Set([
      ...(entry?.associatedConditions.map((a) => a.condition.slug) ?? []),
      ...(entry?.mentionedBy.map((m) => m.slug) ?? []),
      ...(entry?.differentialDiagnoses.map((d) => d.condition.slug) ?? []),
    ])
    for (const slug of linked) expect(tags).toContain(`entry:${slug}`)
    // Exactly: no entry that neither links to it nor is linked from it.
    const unrelated = (await api.getEntryIndex()).filter(
      (e) => e.slug !== 'calciphylaxis' && !tags.includes(`entry:${e.slug}`),
    )
    for (const e of unrelated) {
      const full = await api.getEntry(e.slug)
      expect(full?.mentionedBy.some((m) => m.slug === 'calciphylaxis')).toBe(false)
      expect(full?.associatedConditions.some((a) => a.condition.slug === 'calciphylaxis')).toBe(false)
    }
  })

  it('includes the old address after a slug change and pages a removed link pointed to', async () => {
    const previous = { ...doc('disease-obesity'), slug: { _type: 'slug', current: 'adiposity' } }
    const tags = await api.getRevalidationTags(
      { _id: 'disease-obesity', _type: 'disease', slug: 'obesity', previousReferences: ['disease-cellulitis'] },
      previous,
    )
    expect(tags).toEqual(expect.arrayContaining(['entry:obesity', 'entry:adiposity', 'entry:cellulitis']))
  })

  it('a category: the category tree, its page, its parent and the entries in it', async () => {
    const tags = await api.getRevalidationTags({
      _id: 'category-calcium-metabolism',
      _type: 'category',
      slug: 'calcium-metabolism',
    })
    expect(tags).toEqual(
      expect.arrayContaining(['category:calcium-metabolism', 'categories', 'category:endocrine-and-metabolic']),
    )
    const category = await api.getCategory('calcium-metabolism')
    expect(category?.entries.length).toBeGreaterThan(0)
    for (const e of category?.entries ?? []) expect(tags).toContain(`entry:${e.slug}`)
    expect(tags).not.toContain('entries')
  })

  it('a translation: its own language’s pages, and the page of its source (whose language switcher shows it)', async () => {
    const tags = await api.getRevalidationTags({
      _id: 'disease-calciphylaxis-es',
      _type: 'disease',
      slug: 'calcifilaxis',
      language: 'es',
    })
    expect(tags.slice(0, 2)).toEqual(['es:entry:calcifilaxis', 'es:entries'])
    // The Spanish pages that link to it (through its source) show its title.
    expect(tags).toEqual(
      expect.arrayContaining(['es:categories', 'es:entry:enfermedad-renal-cronica', 'entry:calciphylaxis']),
    )
    // Nothing else in English: not the lists, not the English pages that link to calciphylaxis.
    expect(tags.filter((t) => !t.startsWith('es:'))).toEqual(['entry:calciphylaxis'])
  })

  it('a source entry: also the pages of its translations, which then say they are out of date', async () => {
    const tags = await api.getRevalidationTags({
      _id: 'disease-calciphylaxis',
      _type: 'disease',
      slug: 'calciphylaxis',
    })
    expect(tags).toContain('es:entry:calcifilaxis')
    expect(tags).not.toContain('es:entries')
  })

  it('the translation metadata: the pages of every version it links, and their lists (the sitemap’s alternates)', async () => {
    const tags = await api.getRevalidationTags({
      _id: 'translation-metadata-disease-calciphylaxis',
      _type: 'translation.metadata',
    })
    expect(tags).toEqual(
      expect.arrayContaining(['entry:calciphylaxis', 'es:entry:calcifilaxis', 'entries', 'es:entries']),
    )
  })

  it('a reviewer: the pages of the entries they reviewed', async () => {
    const tags = await api.getRevalidationTags({ _id: 'person-editorial-team', _type: 'person' })
    expect(tags).toContain('entry:calciphylaxis')
    expect(tags).not.toContain('entries')
  })

  it('the webhook projection, evaluated as Sanity does (before/after), gives a body the route accepts', async () => {
    expect(WEBHOOK_FILTER).toBe('_type in ["disease", "category", "person", "translation.metadata"]')
    const before = doc('disease-calciphylaxis')
    const after = { ...before, slug: { _type: 'slug', current: 'calcific-uraemic-arteriolopathy' } }
    const result = await (
      await evaluate(parse(WEBHOOK_PROJECTION, { mode: 'delta' }), { root: after, before, after })
    ).get()
    const body = changeSchema.parse(result)
    expect(body).toMatchObject({
      _id: 'disease-calciphylaxis',
      slug: 'calcific-uraemic-arteriolopathy',
      previousSlug: 'calciphylaxis',
    })
    expect(body.previousReferences).toEqual(expect.arrayContaining(['disease-chronic-kidney-disease', 'category-skin']))
  })

  it('docs/publishing.md gives the webhook filter and projection exactly', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'publishing.md'), 'utf8')
    expect(readme).toContain(WEBHOOK_FILTER)
    expect(readme).toContain(WEBHOOK_PROJECTION)
  })
})
