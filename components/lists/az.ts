/**
 * Grouping entries under the letters of the A–Z list, in the language's alphabet: Spanish has "Ñ" after "N";
 * otherwise accents do not make a letter of their own ("É" is under "E").
 */
import { SOURCE_LANGUAGE, type Lang } from '../../lib/i18n/languages'

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')
const ALPHABETS: Partial<Record<Lang, string[]>> = { es: [...LATIN.slice(0, 14), 'Ñ', ...LATIN.slice(14)] }

/** The letters of a language's A–Z. */
export function lettersOf(lang: Lang = SOURCE_LANGUAGE): string[] {
  return ALPHABETS[lang] ?? LATIN
}
export function letterOf(title: string, lang: Lang = SOURCE_LANGUAGE): string {
  const letters = lettersOf(lang)
  const first = title.trim().charAt(0).toUpperCase()
  if (letters.includes(first)) return first
  const base = first.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return letters.includes(base) ? base : '#'
}

/** An id for a letter's heading that is plain ASCII ("letter-N~" for "Ñ" would not be): "letter-ntilde". */
export function letterId(letter: string): string {
  if (letter === '#') return 'letter-other'
  if (/^[A-Z]$/.test(letter)) return `letter-${letter}`
  return `letter-${letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '')}-${letter.codePointAt(0)}`
}

export function groupByLetter<T extends { title: string }>(
  items: T[],
  lang: Lang = SOURCE_LANGUAGE,
): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const letter = letterOf(item.title, lang)
    const list = groups.get(letter) ?? []
    list.push(item)
    groups.set(letter, list)
  }
  return [...lettersOf(lang), '#']
    .filter((l) => groups.has(l))
    .map((letter) => ({ letter, items: groups.get(letter) ?? [] }))
}

/**
 * Past this many entries A–Z is paged: `/diseases` lists the letters, and each letter has pages of this many
 * entries (about 100 KB of HTML each with real titles and other names), linked to each other.
 */
export const AZ_PAGE_SIZE = 400

/** A letter as it appears in an address: "a", "n-209" for "Ñ", "other" for "#". */
export const letterKey = (letter: string) => letterId(letter).slice('letter-'.length).toLowerCase()

/** The letter an address names in a language, or undefined for one that is no letter of it. */
export function letterOfKey(key: string, lang: Lang = SOURCE_LANGUAGE): string | undefined {
  return [...lettersOf(lang), '#'].find((letter) => letterKey(letter) === key)
}
