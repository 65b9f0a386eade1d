/**
 * What kind of review an entry had, as data: the page, the embed, the API and the JSON-LD say exactly this, so
 * nothing reads as a clinical review that did not happen. The Studio and the content layer both read it here.
 */
export const REVIEW_KINDS = [
  {
    value: 'editorial',
    title: 'Editorial review',
    description: 'Editors checked the entry against its cited sources. Not a clinical review.',
    /** The review in words, after "Last reviewed on <date>: ". */
    phrase: 'an editorial review against the cited sources, not a clinical review',
  },
  {
    value: 'clinical',
    title: 'Clinical review',
    description:
      'A qualified health professional checked the entry (name them as the reviewer, with their qualification).',
    phrase: 'a clinical review',
  },
] as const

export type ReviewKind = (typeof REVIEW_KINDS)[number]['value']
export const REVIEW_KIND_VALUES = REVIEW_KINDS.map((k) => k.value) as ReviewKind[]

export interface ReviewFacts {
  reviewKind?: ReviewKind
  reviewer?: { name: string; credentials?: string; affiliation?: string }
}

/** Who reviewed, in words: "by Dr A. Example (MD, nephrologist), Example Hospital", or "" when no one is named. */
function byWhom(reviewer: ReviewFacts['reviewer']): string {
  if (!reviewer) return ''
  const details = [
    reviewer.credentials ? ` (${reviewer.credentials})` : '',
    reviewer.affiliation ? `, ${reviewer.affiliation}` : '',
  ].join('')
  return ` by ${reviewer.name}${details}`
}

/**
 * The review in plain words, after "Last reviewed on <date>": "an editorial review against the cited sources by
 * the Editorial team, not a clinical review". When the kind was not recorded, it says so rather than guess.
 */
export function reviewDescription({ reviewKind, reviewer }: ReviewFacts): string {
  if (reviewKind === 'editorial')
    return `an editorial review against the cited sources${byWhom(reviewer)}, not a clinical review`
  if (reviewKind === 'clinical') return `a clinical review${byWhom(reviewer)}`
  return `a review${byWhom(reviewer)} (what kind of review was not recorded)`
}

/** Only a clinical review names a reviewer to search engines and embedding sites (schema.org reviewedBy). */
export const isClinicalReview = (facts: ReviewFacts) => facts.reviewKind === 'clinical'
