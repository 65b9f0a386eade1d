/**
 * Search quality over the bundled dataset: each query and the entry that must come first.
 */
import { SearchIndex } from '../../lib/search/index'
import { normalizeTerm, tokenize } from '../../lib/search/normalize'
import { localApi } from '../support/content'

let index: SearchIndex

beforeAll(async () => {
  index = new SearchIndex(await localApi().api.getEntryIndex())
})

const TOP_RESULT: [string, string, string][] = [
  ['exact title', 'calciphylaxis', 'calciphylaxis'],
  ['typo', 'calcifilaxis', 'calciphylaxis'],
  ['typo in a longer word', 'hyperparathyroidsm primary', 'primary-hyperparathyroidism'],
  ['synonym, American spelling', 'calcific uremic arteriolopathy', 'calciphylaxis'],
  ['synonym, British spelling', 'calcific uraemic arteriolopathy', 'calciphylaxis'],
  ['word order', 'arteriolopathy uraemic calcific', 'calciphylaxis'],
  ['prefix completion', 'calciph', 'calciphylaxis'],
  ['prefix of two words', 'necrotis fasc', 'necrotising-fasciitis'],
  ['ICD-10-CM code', 'E83.59', 'calciphylaxis'],
  ['code, lower case', 'e83.52', 'hypercalcaemia'],
  ['SNOMED CT code', '69896004', 'rheumatoid-arthritis'],
  ['American spelling of a title', 'hypercalcemia', 'hypercalcaemia'],
  ['American spelling, -emia', 'hyperphosphatemia', 'hyperphosphataemia'],
  ['-ize spelling', 'necrotizing fasciitis', 'necrotising-fasciitis'],
  ['-ization spelling', 'cholesterol embolization', 'cholesterol-embolisation-syndrome'],
  ['abbreviation', 'ESRD', 'chronic-kidney-disease'],
  ['abbreviation', 'SLE', 'systemic-lupus-erythematosus'],
  ['common name', 'lupus', 'systemic-lupus-erythematosus'],
  ['other name', 'vitamin D toxicity', 'hypervitaminosis-d'],
  ['words from the title in another order', 'arthritis rheumatoid', 'rheumatoid-arthritis'],
  ['apostrophe left out', 'crohns', 'crohns-disease'],
  ['two-word title without hyphen', 'milk alkali', 'milk-alkali-syndrome'],
  ['words of a long title', 'warfarin necrosis', 'warfarin-induced-skin-necrosis'],
]

describe('search', () => {
  it.each(TOP_RESULT)('%s: "%s" finds %s first', (_kind, query, slug) => {
    expect(index.search(query, 5)[0]?.slug).toBe(slug)
  })

  it('finds entries coded beneath a parent ICD-10-CM code by prefix', () => {
    const slugs = index.search('E83.5', 10).map((h) => h.slug)
    expect(slugs).toEqual(expect.arrayContaining(['calciphylaxis', 'hypercalcaemia']))
  })

  it('says which other name matched', () => {
    expect(index.search('ESRD')[0].matchedName).toBe('ESRD')
  })

  it('answers nothing for nothing, and survives hostile input', () => {
    expect(index.search('')).toEqual([])
    expect(index.search('   ')).toEqual([])
    expect(() => index.search('"\'<script>)(*&^%$#@!'.repeat(100))).not.toThrow()
    expect(index.search('zzzzqqqxx')).toEqual([])
  })

  it('folds spellings and keeps codes whole', () => {
    expect(normalizeTerm('Uraemic')).toBe(normalizeTerm('uremic'))
    expect(normalizeTerm('oesophagus')).toBe(normalizeTerm('esophagus'))
    expect(normalizeTerm('haemorrhage')).toBe(normalizeTerm('hemorrhage'))
    expect(normalizeTerm('tumour')).toBe(normalizeTerm('tumor'))
    expect(normalizeTerm('E83.59')).toBe('e83.59')
    expect(tokenize('Crohn’s disease (E83.59).')).toEqual(['Crohn', 's', 'disease', 'E83.59', '.'])
  })
})
