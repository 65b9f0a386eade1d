/**
 * How search text is cut into terms and made comparable: case and accents ignored, British and American
 * spellings folded together (uraemic/uremic, oesophagus/esophagus, haem/hem, tumour/tumor, -ise/-ize), and
 * a few sound-alike spellings folded (ph/f, y/i) so "calcifilaxis" finds calciphylaxis. Codes (E83.59,
 * D002114, 69896004) are kept whole.
 */

/** Looks like a clinical code: letters and digits with at least one digit, dots allowed inside. */
const CODE = /^(?=.*\d)[a-z0-9]+(\.[a-z0-9]+)*$/

/** Words too common to tell entries apart; skipping them keeps several-word queries fast and relevant. */
const STOP_WORDS = new Set(
  'the of and in to is with by for or may can be from as that which are on it its an at this these those has have had was were not but than into'.split(
    ' ',
  ),
)

export function normalizeTerm(raw: string): string | null {
  let term = raw
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^\.+|\.+$/g, '')
  if ((term.length < 2 && !/^\d$/.test(term)) || STOP_WORDS.has(term)) return null
  if (CODE.test(term)) return term
  term = term
    .replace(/ph/g, 'f')
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e')
    .replace(/y/g, 'i')
    .replace(/our(s?)$/, 'or$1')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
  return term
}

/** Split on anything but letters, digits and dots (dots stay so codes survive; they are trimmed off words). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}.]+/u).filter(Boolean)
}
