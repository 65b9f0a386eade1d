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

// The review in words, in each language: reviewDescription in lib/i18n/text.ts.

/** Only a clinical review names a reviewer to search engines and embedding sites (schema.org reviewedBy). */
export const isClinicalReview = (facts: ReviewFacts) => facts.reviewKind === 'clinical'
