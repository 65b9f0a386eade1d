/**
 * Documents that pass every rule of the Studio schema, for the validation tests to break one rule at a time,
 * and a validator over them (sanity's `validateDocument`, in-process; see sanity/offline-validation.ts).
 */
import { createOfflineValidator, type RuleProblem } from '../../sanity/offline-validation'
import type { SanityDocument } from '../../lib/content/sources/dataset'

/** A structural copy, so that every test edits its own document. */
export const clone = <T>(value: T): T => structuredClone(value)

const block = (key: string, text: string, markDefs: Record<string, unknown>[] = [], marks: string[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs,
  children: [{ _type: 'span', _key: `${key}s`, text, marks }],
})

export const IMAGE_ASSET_ID = 'image-0123456789abcdef0123456789abcdef01234567-800x500-png'

export const category: SanityDocument = {
  _id: 'category-kidney',
  _type: 'category',
  title: 'Kidney and urinary conditions',
  slug: { _type: 'slug', current: 'kidney-and-urinary' },
}

export const reviewer: SanityDocument = { _id: 'person-editor', _type: 'person', name: 'Editorial team' }

export const otherEntry: SanityDocument = {
  _id: 'disease-other',
  _type: 'disease',
  title: 'Chronic kidney disease',
  slug: { _type: 'slug', current: 'chronic-kidney-disease' },
}

/** An entry that passes every rule, with at least one item of every kind of field. */
export function validEntry(): SanityDocument {
  return clone({
    _id: 'disease-test',
    _type: 'disease',
    title: 'Calciphylaxis',
    slug: { _type: 'slug', current: 'calciphylaxis' },
    alternateNames: ['Calcific uraemic arteriolopathy', 'CUA'],
    summary:
      'Calciphylaxis is a rare illness. Calcium builds up in tiny blood vessels in the skin. The skin dies and painful sores form. It mostly affects people whose kidneys have failed.',
    whenToGetHelp: {
      _type: 'whenToGetHelp',
      emergency: ['You have a sore, a high temperature and feel very unwell'],
      urgent: ['A patch of skin turns dark purple or black'],
      routine: ['You are on dialysis and notice new tender lumps under your skin'],
    },
    features: ['painful sores on the skin'],
    categories: [{ _type: 'reference', _ref: category._id, _key: 'c1' }],
    codes: [
      {
        _type: 'medicalCode',
        _key: 'k1',
        system: 'icd10cm',
        code: 'E83.59',
        label: 'Other disorders of calcium metabolism',
      },
      { _type: 'medicalCode', _key: 'k2', system: 'snomed', code: '237900002' },
    ],
    subtypes: [{ _type: 'subtype', _key: 't1', name: 'Uraemic calciphylaxis', description: 'The usual form.' }],
    rarity: 'rare',
    prevalence: 'About 1 in 100 people on dialysis.',
    overview: [
      block('o1', 'Calcium collects in small vessels.', [{ _type: 'cite', _key: 'm1', reference: 'r1' }], ['m1']),
      block(
        'o2',
        'It is linked to kidney failure.',
        [{ _type: 'entryLink', _key: 'm2', entry: { _type: 'reference', _ref: otherEntry._id } }],
        ['m2'],
      ),
      block('o3', 'See the guideline.', [{ _type: 'link', _key: 'm3', href: 'https://example.org/guideline' }], ['m3']),
    ],
    diagnosis: [block('d1', 'A skin biopsy can confirm it.')],
    typicalTests: [
      { _type: 'typicalTest', _key: 'tt1', name: 'Skin biopsy', purpose: 'Shows calcium in the vessel walls.' },
    ],
    differentialDiagnoses: [
      {
        _type: 'differentialDiagnosis',
        _key: 'dd1',
        condition: { _type: 'reference', _ref: otherEntry._id },
        distinguishingFeatures: 'No skin death.',
      },
    ],
    associatedConditions: [
      {
        _type: 'associatedCondition',
        _key: 'a1',
        condition: { _type: 'reference', _ref: otherEntry._id },
        relationship: 'occursIn',
      },
    ],
    images: [
      {
        _type: 'figure',
        _key: 'i1',
        asset: { _type: 'reference', _ref: IMAGE_ASSET_ID },
        alt: 'A small artery whose wall is ringed with calcium.',
        caption: 'Calcified arteriole',
      },
    ],
    videos: [
      { _type: 'video', _key: 'v1', provider: 'youtube', videoId: 'dQw4w9WgXcQ', title: 'What is calciphylaxis?' },
    ],
    references: [
      {
        _type: 'citation',
        _key: 'r1',
        title: 'Calciphylaxis',
        journal: 'N Engl J Med',
        year: 2018,
        doi: '10.1056/NEJMra1505292',
        pmid: '29342387',
      },
      {
        _type: 'citation',
        _key: 'r2',
        title: 'Kidney failure',
        publisher: 'National Kidney Foundation',
        year: 2023,
        url: 'https://www.kidney.org/',
      },
      { _type: 'citation', _key: 'r3', title: 'Calciphylaxis overview', url: 'https://example.org/calciphylaxis' },
    ],
    lastReviewed: '2025-06-01',
    nextReview: '2026-06-01',
    reviewKind: 'editorial',
    reviewer: { _type: 'reference', _ref: reviewer._id },
  })
}

/** A validator whose queries and references see the fixtures (plus `extra` documents). */
export function validatorWith(extra: SanityDocument[] = []) {
  const documents = [category, reviewer, otherEntry, ...extra]
  const ids = new Set([...documents.map((d) => d._id), IMAGE_ASSET_ID, 'disease-test'])
  const validator = createOfflineValidator(documents, ids)
  return (doc: SanityDocument): Promise<RuleProblem[]> => validator.validate(doc)
}

export interface RuleCase {
  rule: string
  /** Where the marker is reported (formatPath notation). */
  path: string | RegExp
  message: RegExp
  level?: 'error' | 'warning'
  /** Edits that keep the document valid while exercising the rule (default: the base document as is). */
  valid?: (doc: SanityDocument) => void
  invalid: (doc: SanityDocument) => void
  extra?: SanityDocument[]
}

export async function expectRule(c: RuleCase, base: () => SanityDocument) {
  const validate = validatorWith(c.extra)
  const valid = base()
  c.valid?.(valid)
  expect(await validate(valid)).toEqual([])

  const invalid = base()
  c.invalid(invalid)
  const problems = await validate(invalid)
  const atPath = problems.filter((p) => (typeof c.path === 'string' ? p.path === c.path : c.path.test(p.path)))
  expect(atPath).toContainEqual(
    expect.objectContaining({ level: c.level ?? 'error', message: expect.stringMatching(c.message) }),
  )
  // A warning-level rule never blocks publishing on its own.
  if (c.level === 'warning') expect(problems.filter((p) => p.level === 'error')).toEqual([])
}
