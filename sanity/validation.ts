/**
 * Validation rules of the disease entry that need more than Sanity's built-in rules.
 * Plain functions (no Sanity import) so the Studio, the dataset checker and the tests share them.
 * Each returns a message that tells the editor what to do, or null when the value is fine.
 */
import { SOURCE_LANGUAGE } from '../lib/i18n/languages'
import { READING_GRADE_LIMIT, TARGET_READING_GRADE, readability } from '../lib/domain/readability'

/**
 * Text that looks like markup, which readers would see as typed: a wiki link, an HTML tag, a Markdown link.
 * Prose is plain text or Portable Text marks; nothing renders these.
 */
export function markupProblem(value: string): string | null {
  if (/\[\[[^\]]*\]\]/.test(value))
    return 'This text has a wiki link ([[…]]) that readers would see as typed: use the "Entry link" mark instead.'
  if (/<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/i.test(value))
    return 'This text has an HTML tag (<…>) that readers would see as typed: write it as plain text.'
  if (/\[[^\]]+\]\([^)]*\)/.test(value))
    return 'This text has a Markdown link ([text](address)) that readers would see as typed: use the "Link" mark instead.'
  return null
}

export const SUMMARY_MIN = 80
export const SUMMARY_MAX = 700

export function summaryLengthProblem(summary: string): string | null {
  const length = summary.trim().length
  if (length < SUMMARY_MIN)
    return `The summary is ${length} characters; write at least ${SUMMARY_MIN}: say what the condition is, who gets it and why it matters.`
  if (length > SUMMARY_MAX)
    return `The summary is ${length} characters; keep it under ${SUMMARY_MAX} and move the detail into the sections.`
  return null
}

/** A warning, not an error: a hard summary can still be published, but the editor should see it. */
export function readingGradeProblem(summary: string): string | null {
  const { grade, words, sentences } = readability(summary)
  if (grade === null || grade <= READING_GRADE_LIMIT) return null
  const perSentence = Math.round(words / sentences)
  return `The summary reads at grade ${grade.toFixed(1)} (Flesch–Kincaid); aim for grade ${TARGET_READING_GRADE} (a 12-year-old reader) and stay at or below ${READING_GRADE_LIMIT}. Its sentences average ${perSentence} words: split long ones and prefer everyday words (e.g. "kidney" over "renal").`
}

/**
 * Which other document already has this slug (the same test as Sanity's default rule, which only says
 * "Slug is already in use"). Run with perspective "raw"; `sanity::versionOf` skips this document's own
 * draft and release versions.
 */
export const SLUG_OWNER_QUERY = `*[_type == $type && slug.current == $slug && coalesce(language, "${SOURCE_LANGUAGE}") == $lang && !sanity::versionOf($published)][0]{_id, title}`

/** The published id of a document, its draft or a release version of it (what `sanity::versionOf` groups). */
export const publishedIdOf = (id: string) => id.replace(/^(drafts|versions\.[^.]+)\./, '')

export function slugTakenProblem(
  slug: string,
  owner: { _id: string; title?: string | null } | null,
  basePath: string,
): string | null {
  if (!owner) return null
  const name = owner.title ? `"${owner.title}" (${owner._id})` : owner._id
  return `The address ${basePath}/${slug} is already used by ${name}. Choose another slug, e.g. a more specific name, or edit that document instead.`
}

interface LinkItem {
  condition?: { _ref?: string } | null
}

/** No entry may link to itself, and each condition appears once per list. */
export function duplicateAssociationProblem(items: unknown, selfId: string | undefined): string | null {
  if (!Array.isArray(items)) return null
  const self = selfId?.replace(/^drafts\./, '')
  const seen = new Set<string>()
  for (const item of items as LinkItem[]) {
    const ref = item?.condition?._ref
    if (!ref) continue
    if (self && ref === self) return 'An entry cannot be linked to itself; remove the link to this entry.'
    if (seen.has(ref)) return 'The same condition is linked twice; keep one link and put both points in its note.'
    seen.add(ref)
  }
  return null
}

/** `today` is passed in so the rule can be tested on a fixed date. Dates are ISO yyyy-mm-dd. */
export function reviewDatesProblem(
  lastReviewed: string | undefined,
  nextReview: string | undefined,
  today: Date,
): { lastReviewed?: string; nextReview?: string } | null {
  const todayIso = today.toISOString().slice(0, 10)
  const problems: { lastReviewed?: string; nextReview?: string } = {}
  if (lastReviewed && lastReviewed > todayIso)
    problems.lastReviewed = `"Last reviewed" (${lastReviewed}) is in the future; use the date the review was finished.`
  if (lastReviewed && nextReview && nextReview <= lastReviewed)
    problems.nextReview = `"Next review due" (${nextReview}) must come after "Last reviewed" (${lastReviewed}).`
  return Object.keys(problems).length ? problems : null
}
