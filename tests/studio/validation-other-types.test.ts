/**
 * Validation rules of categories and reviewers, each with a passing and a failing document
 * (sanity's `validateDocument`, in-process).
 */
import type { SanityDocument } from '../../lib/content/sources/dataset'
import { category, clone, expectRule, reviewer, type RuleCase } from './fixtures'

const validCategory = (): SanityDocument =>
  clone({
    ...category,
    _id: 'category-skin',
    title: 'Skin conditions',
    slug: { _type: 'slug', current: 'skin' },
    parent: { _type: 'reference', _ref: category._id },
  })

const CATEGORY_CASES: RuleCase[] = [
  {
    rule: 'title is required',
    path: 'title',
    message: /Give the category a title/,
    invalid: (d) => void delete d.title,
  },
  {
    rule: 'slug is required',
    path: 'slug',
    message: /Give the category an address/,
    invalid: (d) => void delete d.slug,
  },
  {
    rule: 'slug is lower-case words joined by hyphens',
    path: 'slug',
    message: /"Skin_conditions" is not a valid address/,
    valid: (d) => void (d.slug = { _type: 'slug', current: 'skin-and-hair' }),
    invalid: (d) => void (d.slug = { _type: 'slug', current: 'Skin_conditions' }),
  },
  {
    rule: 'slug is unique among categories, and names the category that has it',
    path: 'slug',
    message:
      /The address \/categories\/kidney-and-urinary is already used by "Kidney and urinary conditions" \(category-kidney\)/,
    // An entry may have the same slug as a category: they live under different paths.
    extra: [{ _id: 'disease-skin', _type: 'disease', title: 'Skin', slug: { _type: 'slug', current: 'skin' } }],
    invalid: (d) => void (d.slug = { _type: 'slug', current: 'kidney-and-urinary' }),
  },
  {
    rule: 'a category is not its own parent',
    path: 'parent',
    message: /A category cannot be its own parent/,
    invalid: (d) => void (d.parent = { _type: 'reference', _ref: 'category-skin' }),
  },
]

describe('category validation', () => {
  it.each(CATEGORY_CASES.map((c) => [c.rule, c] as const))('%s', async (_name, c) => {
    await expectRule({ ...c, extra: [validCategory(), ...(c.extra ?? [])] }, validCategory)
  })
})

describe('reviewer validation', () => {
  it('a reviewer has a name', async () => {
    await expectRule(
      {
        rule: 'name is required',
        path: 'name',
        message: /Enter the reviewer’s name/,
        invalid: (d) => void delete d.name,
      },
      () => clone(reviewer),
    )
  })
})
