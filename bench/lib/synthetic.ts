/**
 * Synthetic entries for benchmarks: deterministic, obviously not medical content (every title starts with
 * "Synthetic", every document has `synthetic: true` and an id beginning "synthetic-"), never bundled.
 * The generator writes Sanity-format documents, so the real queries and the real build run over them.
 */
import type { SanityDocument } from '../../lib/content/sources/dataset'
import { SECTIONS } from '../../lib/domain/sections'
import { RELATIONSHIP_KINDS } from '../../lib/domain/relationships'

/** Mulberry32: a small, fast, seeded PRNG, so every run generates the same dataset. */
export function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ROOTS = [
  'cardio',
  'nephro',
  'derma',
  'hepato',
  'osteo',
  'neuro',
  'angio',
  'myo',
  'arthro',
  'gastro',
  'pneumo',
  'haemo',
  'calci',
  'fibro',
  'lympho',
  'endo',
  'thyro',
  'adeno',
  'chondro',
  'vasculo',
]
const MIDDLES = ['sclerotic', 'trophic', 'plastic', 'lytic', 'genic', 'cystic', 'static', 'toxic', 'philic', 'tonic']
const HEADS = [
  'syndrome',
  'disease',
  'disorder',
  'dystrophy',
  'fibrosis',
  'angiopathy',
  'neuropathy',
  'arteritis',
  'calcinosis',
  'necrosis',
]
const COMMON = 'the a of and in to is with by for or may can be from as that which are on it its'.split(' ')
const SYLLABLES = 'ka lo mi ne ru ta vi se do pa le ri mo zu ge ba fi ho cu ny tre pla sko vor gen dal mir tos'.split(
  ' ',
)
/**
 * A vocabulary shaped like real prose: a few very common words, then about three thousand rarer ones drawn
 * with a Zipf-like skew (a 30-word vocabulary would make every summary match every query).
 */
const RARE = Array.from({ length: 3000 }, (_, i) => {
  const r = rng(1000 + i)
  return Array.from({ length: 2 + Math.floor(r() * 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('')
})
const WORDS = { common: COMMON, rare: RARE }

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]
}

function word(r: () => number): string {
  if (r() < 0.35) return pick(r, WORDS.common)
  return WORDS.rare[Math.floor(WORDS.rare.length * r() ** 2.5)]
}

function sentence(r: () => number, words = 12): string {
  const w = Array.from({ length: words }, () => word(r))
  return `${w[0][0].toUpperCase()}${w[0].slice(1)} ${w.slice(1).join(' ')}.`
}

export function syntheticTitle(i: number): string {
  const r = rng(i + 1)
  return `Synthetic ${pick(r, ROOTS)}${pick(r, MIDDLES)} ${pick(r, HEADS)} ${String(i).padStart(5, '0')}`
}

export const syntheticSlug = (i: number) =>
  syntheticTitle(i)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')

function block(key: string, text: string) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  }
}

export function syntheticDataset(count: number, seed = 42): SanityDocument[] {
  const r = rng(seed)
  const categories: SanityDocument[] = Array.from({ length: 20 }, (_, i) => ({
    _id: `synthetic-category-${i}`,
    _type: 'category',
    synthetic: true,
    title: `Synthetic category ${i}`,
    slug: { _type: 'slug', current: `synthetic-category-${i}` },
    ...(i >= 10 ? { parent: { _type: 'reference', _ref: `synthetic-category-${i - 10}` } } : {}),
  }))
  const entries: SanityDocument[] = []
  for (let i = 0; i < count; i++) {
    const title = syntheticTitle(i)
    const slug = syntheticSlug(i)
    const letter = 'ABCDEFGHIJKLMNOPQRSTVWXYZ'[i % 25]
    const doc: SanityDocument = {
      _id: `synthetic-disease-${i}`,
      _type: 'disease',
      synthetic: true,
      _updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      title,
      slug: { _type: 'slug', current: slug },
      alternateNames: [`${title.split(' ')[1]} variant ${i}`, `SYN${i}`],
      summary: `${sentence(r, 18)} ${sentence(r, 16)} ${sentence(r, 14)}`,
      features: [sentence(r, 6), sentence(r, 6), sentence(r, 6)],
      categories: [{ _type: 'reference', _key: 'c', _ref: `synthetic-category-${i % 20}` }],
      codes: [
        {
          _type: 'medicalCode',
          _key: 'k',
          system: 'icd10cm',
          code: `${letter}${String(10 + (i % 89)).padStart(2, '0')}.${i % 10}${Math.floor(i / 10) % 10}`,
        },
      ],
      associatedConditions: Array.from({ length: 3 }, (_, j) => ({
        _type: 'associatedCondition',
        _key: `a${j}`,
        relationship: pick(r, RELATIONSHIP_KINDS),
        condition: { _type: 'reference', _ref: `synthetic-disease-${(i * 7 + j * 13 + 1) % count}` },
      })).filter((a) => a.condition._ref !== `synthetic-disease-${i}`),
      references: [
        { _type: 'citation', _key: 'r1', title: 'Synthetic reference', publisher: 'Benchmark press', year: 2026 },
      ],
      lastReviewed: '2026-01-01',
      nextReview: '2027-01-01',
    }
    for (const s of SECTIONS.slice(0, 6))
      doc[s.key] = [block(`${s.key}1`, `${sentence(r, 20)} ${sentence(r, 20)}`), block(`${s.key}2`, sentence(r, 25))]
    entries.push(doc)
  }
  return [...categories, ...entries]
}
