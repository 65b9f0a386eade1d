/**
 * Editor helpers: document previews (primary code, review status) and the new-entry templates.
 * The reading-level line under the summary is in summary-input.test.tsx (a browser-like environment).
 */
import type { ObjectSchemaType, Template } from 'sanity'
import { SECTIONS } from '../../lib/domain/sections'
import { entryPreview } from '../../sanity/entry-preview'
import { studioSchema } from '../../sanity/offline-validation'
import { reviewLabel, reviewStatus } from '../../sanity/review'
import { ENTRY_IN_CATEGORY_TEMPLATE_ID, ENTRY_TEMPLATE_ID, newEntryValue, templates } from '../../sanity/templates'
import { validatorWith } from './fixtures'

const TODAY = new Date('2026-03-10T12:00:00Z')

describe('review status', () => {
  it.each([
    [undefined, 'unscheduled', 'No review date'],
    ['2026-03-09', 'overdue', 'Review overdue (since 2026-03-09)'],
    ['2026-03-10', 'due-soon', 'Review due 2026-03-10'],
    ['2026-04-09', 'due-soon', 'Review due 2026-04-09'],
    ['2026-04-10', 'scheduled', 'Next review 2026-04-10'],
  ])('next review %s is %s', (nextReview, status, label) => {
    expect(reviewStatus(nextReview, TODAY)).toBe(status)
    expect(reviewLabel(nextReview, TODAY)).toBe(label)
  })
})

describe('entry preview', () => {
  it('shows the primary code with its system, and the review status', () => {
    expect(
      entryPreview({ title: 'Calciphylaxis', code: 'E83.59', system: 'icd10cm', nextReview: '2026-01-01' }, TODAY),
    ).toEqual({
      title: 'Calciphylaxis',
      subtitle: 'ICD-10-CM E83.59 · Review overdue (since 2026-01-01)',
    })
  })

  it('says when an entry has no code or no review date', () => {
    expect(entryPreview({ title: 'Gout' }, TODAY)).toEqual({ title: 'Gout', subtitle: 'No code · No review date' })
    expect(entryPreview({}, TODAY).title).toBe('Untitled entry')
  })

  it('is what the disease type uses, selecting the first code and the next review date', () => {
    const preview = (studioSchema().get('disease') as ObjectSchemaType).preview
    expect(preview?.select).toEqual({
      title: 'title',
      code: 'codes.0.code',
      system: 'codes.0.system',
      nextReview: 'nextReview',
    })
    expect(preview?.prepare?.({ title: 'X', code: '237900002', system: 'snomed', nextReview: '2999-01-01' })).toEqual({
      title: 'X',
      subtitle: 'SNOMED CT 237900002 · Next review 2999-01-01',
    })
  })
})

describe('new entry templates', () => {
  it('sets the next review a year ahead and leaves "last reviewed" for the reviewer', () => {
    const value = newEntryValue(TODAY)
    expect(value.nextReview).toBe('2027-03-10')
    expect(value).not.toHaveProperty('lastReviewed')
  })

  it('lays out every section, empty, in reader order', () => {
    const value = newEntryValue(TODAY)
    expect(Object.keys(value).filter((k) => SECTIONS.some((s) => s.key === k))).toEqual(SECTIONS.map((s) => s.key))
    for (const s of SECTIONS) expect(value[s.key]).toEqual([])
  })

  it('replaces the default entry template, and offers one that starts in a category', async () => {
    const resolve = templates as (prev: Template[], context: never) => Template[]
    const defaults: Template[] = [
      { id: 'disease', title: 'Disease entry', schemaType: 'disease', value: {} },
      { id: 'category', title: 'Category', schemaType: 'category', value: {} },
    ]
    const resolved = resolve(defaults, undefined as never)
    expect(resolved.map((t) => t.id).sort()).toEqual(
      ['category', ENTRY_TEMPLATE_ID, ENTRY_IN_CATEGORY_TEMPLATE_ID].sort(),
    )
    const inCategory = resolved.find((t) => t.id === ENTRY_IN_CATEGORY_TEMPLATE_ID)
    expect(inCategory?.parameters?.map((p) => p.name)).toEqual(['categoryId'])
    const value = await (inCategory?.value as (p: { categoryId: string }) => Promise<Record<string, unknown>>)({
      categoryId: 'category-skin',
    })
    expect(value.categories).toEqual([{ _type: 'reference', _ref: 'category-skin', _key: 'category' }])
  })

  it('starts a document that asks only for what an editor must write', async () => {
    const draft = { _id: 'drafts.new-entry', _type: 'disease', ...newEntryValue(new Date()) }
    const problems = await validatorWith()(draft)
    expect(problems.every((p) => p.level === 'error')).toBe(true)
    expect(problems.map((p) => p.path).sort()).toEqual([
      'categories',
      'features',
      'lastReviewed',
      'reviewKind',
      'slug',
      'summary',
      'title',
      'whenToGetHelp',
    ])
  })
})
