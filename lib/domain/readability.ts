/**
 * Reading level of plain English text: the Flesch–Kincaid grade level (a US school grade).
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Syllables are estimated with the usual vowel-group heuristic, so a grade is a guide (±1), not a verdict.
 * Used by the Studio (a warning and a live indicator on the summary) and by tests; no dependencies.
 */

/**
 * The summary should be readable by a 12-year-old: US grade 7. Editors are warned above grade 9: the
 * two grades of slack absorb what plain writing cannot remove (the condition's own name, e.g.
 * "calciphylaxis", five syllables, often twice) and the error of the syllable estimate. Measured on the
 * bundled summaries (written for that audience), grades run 6.4–12.5 and those above 9 have long sentences.
 */
export const TARGET_READING_GRADE = 7
export const READING_GRADE_LIMIT = 9

export interface Readability {
  words: number
  sentences: number
  syllables: number
  /** Flesch–Kincaid grade, one decimal; null when the text has no words. */
  grade: number | null
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|approx|dr|mr|mrs|ms|no|fig|st)\./gi
// A word: letters with inner apostrophes or hyphens ("doctor's", "life-threatening"), or a number ("1,000").
const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)*/g

/** Estimated syllables of one word (letters only; a number counts as one). */
export function countSyllables(word: string): number {
  if (/^\d/.test(word)) return 1
  // Hyphenated words are counted part by part ("life-threatening" = 1 + 3).
  const parts = word.toLowerCase().split('-')
  if (parts.length > 1) return parts.reduce((sum, part) => sum + countSyllables(part), 0)
  const w = parts[0].replace(/[^a-z]/g, '')
  if (!w) return 0
  if (w.length <= 3) return 1
  // A final silent "e", "es" or "ed" ("make", "bones", "named") adds no syllable; "-le" ("table") does.
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '')
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0
  // "ia" and "io" are usually two syllables ("dialysis", "biopsy") except after c, s, t or x ("special", "infection").
  const split = trimmed.match(/[^cstx]i[ao]/g)?.length ?? 0
  return Math.max(1, groups + split)
}

export function readability(text: string): Readability {
  const prose = text.replace(ABBREVIATIONS, (m) => m.replace(/\./g, ''))
  const words = prose.match(WORD) ?? []
  // A sentence ends at . ! or ? followed by a space or the end (so "0.04" and "E83.59" do not end one).
  const sentences = prose.split(/[.!?]+(?=\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s)).length
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0)
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0, grade: null }
  const perSentence = words.length / Math.max(1, sentences)
  const grade = 0.39 * perSentence + 11.8 * (syllables / words.length) - 15.59
  return { words: words.length, sentences: Math.max(1, sentences), syllables, grade: Math.round(grade * 10) / 10 }
}

/** The grade of a text, or null when it has no words. */
export function readingGrade(text: string): number | null {
  return readability(text).grade
}
