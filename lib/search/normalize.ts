/**
 * How search text is cut into terms and made comparable, in each language: case and accents ignored (so
 * "rinon" finds "riñón" and "calcifilaxis" "calcifilaxis"), each language's own stop words skipped, and in
 * English British and American spellings folded together (uraemic/uremic, oesophagus/esophagus, haem/hem,
 * tumour/tumor, -ise/-ize) with a few sound-alike spellings (ph/f, y/i) so "calcifilaxis" finds
 * calciphylaxis. Codes (E83.59, D002114, 69896004) are kept whole.
 */
import { SOURCE_LANGUAGE, type Lang } from '../i18n/languages'

/** Looks like a clinical code: letters and digits with at least one digit, dots allowed inside. */
const CODE = /^(?=.*\d)[a-z0-9]+(\.[a-z0-9]+)*$/

/** Words too common to tell entries apart; skipping them keeps several-word queries fast and relevant. */
const STOP_WORDS: Record<Lang, Set<string>> = {
  en: new Set(
    'the of and in to is with by for or may can be from as that which are on it its an at this these those has have had was were not but than into'.split(
      ' ',
    ),
  ),
  // Written without accents: they are compared after accents are removed.
  es: new Set(
    'el la los las lo un una unos unas de del al y e o u en con por para que se su sus es son como mas pero sin sobre entre cuando muy ya le les este esta estos estas ese esa'.split(
      ' ',
    ),
  ),
}

export function normalizeTerm(raw: string, lang: Lang = SOURCE_LANGUAGE): string | null {
  const term = raw
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^\.+|\.+$/g, '')
  if ((term.length < 2 && !/^\d$/.test(term)) || STOP_WORDS[lang].has(term)) return null
  if (CODE.test(term)) return term
  return SPELLING[lang]?.(term) ?? term
}

/** British and American spellings, and a few sound-alikes, as one. */
function englishSpelling(raw: string): string {
  const term = raw
    .replace(/ph/g, 'f')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e')
    .replace(/y/g, 'i')
    .replace(/our(s?)$/, 'or$1')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
  return term
}

const SPELLING: Partial<Record<Lang, (term: string) => string>> = { en: englishSpelling }

/**
 * Split on anything but letters (of any script: "riñón" is one word), digits and dots (dots stay so codes
 * survive; they are trimmed off words).
 */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}.]+/u).filter(Boolean)
}
