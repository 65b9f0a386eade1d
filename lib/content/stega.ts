/**
 * Visual Editing's invisible edit links (stega): in a draft preview in Sanity mode, the strings readers see
 * carry, in zero-width characters, which document and field they came from, so the Presentation tool can
 * draw a click-to-edit overlay over each. Only prose is encoded (PROSE_FIELDS): a slug, an id, a code, an
 * enum value, a date or a URL never carries the characters, so logic that compares or builds addresses from
 * them is unaffected. Prose that is also used as logic (the page title in <title> and meta tags, JSON-LD)
 * is cleaned where it is used (lib/seo/).
 */
import type { StegaConfig } from '@sanity/client'
import { vercelStegaClean, vercelStegaSplit } from '@vercel/stega'

/** Where the Studio is (sanity.config.ts's basePath): edit links open the document there. */
export const STUDIO_PATH = '/studio'

/** Document fields whose strings readers see as text, by the last name in their path. */
export const PROSE_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'alternateNames',
  'summary',
  'features',
  // A Portable Text span's text (sections, notes).
  'text',
  // "When to get help": the situations of each level.
  'emergency',
  'urgent',
  'routine',
  'name',
  'description',
  'purpose',
  'distinguishingFeatures',
  'note',
  'prevalence',
  'caption',
  'credentials',
  'affiliation',
  'authors',
  'journal',
  'publisher',
])

/** The last field name of a source path (array indexes and keys skipped). */
const lastField = (path: readonly unknown[]) => [...path].reverse().find((s): s is string => typeof s === 'string')

export const STEGA: StegaConfig = {
  studioUrl: STUDIO_PATH,
  filter: (props) => {
    const field = lastField(props.sourcePath)
    // An empty or blank string stays as it is: code asks whether there is text at all (hasText, optional fields).
    return field !== undefined && PROSE_FIELDS.has(field) && props.value.trim() !== '' && props.filterDefault(props)
  },
}

/** A value without its edit links (deeply, for objects), for places where a string is logic, not text. */
export const clean = <T>(value: T): T => vercelStegaClean(value)

/** The characters @vercel/stega writes today (zero-width space, non-joiner, joiner, BOM). */
const EDIT_LINK_CHAR = /[\u200b\u200c\u200d\ufeff]/

/**
 * A string as readers see it, and the edit link appended to it (empty when it has none), so validation
 * can measure and tidy the visible text and keep the link (String.prototype.trim takes a trailing U+FEFF,
 * one of the link's characters, for white space).
 */
export function splitEditLink(value: string): [visible: string, editLink: string] {
  if (!EDIT_LINK_CHAR.test(value)) return [value, '']
  const { cleaned, encoded } = vercelStegaSplit(value)
  return value === cleaned + encoded ? [cleaned, encoded] : [cleaned, '']
}
