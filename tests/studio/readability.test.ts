/** The Flesch–Kincaid grade behind the summary's reading-level warning and indicator. */
import {
  countSyllables,
  readability,
  readingGrade,
  READING_GRADE_LIMIT,
  TARGET_READING_GRADE,
} from '../../lib/domain/readability'

describe('countSyllables', () => {
  it.each([
    ['the', 1],
    ['skin', 1],
    ['make', 1],
    ['named', 1],
    ['bones', 1],
    ['table', 2],
    ['kidney', 2],
    ['disease', 2],
    ['people', 2],
    ['doctor', 2],
    ['dialysis', 4],
    ['biopsy', 3],
    ['infection', 3],
    ['special', 2],
    ['anaemia', 4],
    ['calciphylaxis', 5],
    ['life-threatening', 4],
    ['1,000', 1],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables)
  })
})

describe('readability', () => {
  it('counts words, sentences and syllables', () => {
    expect(readability('The cat sat. The dog ran!')).toEqual({
      words: 6,
      sentences: 2,
      syllables: 6,
      grade: expect.any(Number),
    })
  })

  it('applies the Flesch–Kincaid formula', () => {
    // 6 words, 2 sentences, 6 syllables: 0.39 × 3 + 11.8 × 1 − 15.59 = −2.62
    expect(readingGrade('The cat sat. The dog ran!')).toBe(-2.6)
    // 8 words, 1 sentence, 15 syllables: 0.39 × 8 + 11.8 × 15/8 − 15.59 = 9.655
    expect(readingGrade('Doctors often treat kidney disease with medicines today.')).toBe(9.7)
  })

  it('does not end a sentence at a decimal point, a code or an abbreviation', () => {
    expect(
      readability('Rates range from 0.04% to 4%, e.g. in dialysis. The code is E83.59 in ICD-10-CM.').sentences,
    ).toBe(2)
  })

  it('has no grade for text without words', () => {
    expect(readability('   ').grade).toBeNull()
    expect(readability('').words).toBe(0)
  })

  it('rates plain writing below the limit and dense clinical prose above it', () => {
    const plain =
      'Calciphylaxis is a rare illness. Calcium builds up in tiny blood vessels in the skin. The skin dies and painful sores form. It mostly affects people whose kidneys have failed.'
    const dense =
      'Calciphylaxis is an uncommon vasculopathy characterised by progressive calcification of cutaneous arterioles, intimal proliferation and thrombosis, predominantly affecting individuals receiving maintenance haemodialysis.'
    expect(readingGrade(plain)).toBeLessThanOrEqual(TARGET_READING_GRADE)
    expect(readingGrade(dense)).toBeGreaterThan(READING_GRADE_LIMIT)
  })
})
