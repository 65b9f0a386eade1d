import { defineArrayMember, defineField, defineType, type FieldDefinition } from 'sanity'
import { SECTIONS, SECTION_GROUPS, type SectionKey } from '../../../lib/domain/sections'
import { RARITIES } from '../../../lib/domain/relationships'
import { CODE_SYSTEMS } from '../../../lib/domain/codes'
import { HELP_TITLE, helpProblem } from '../../../lib/domain/help'
import { REVIEW_KINDS } from '../../../lib/domain/review-kinds'
import { SummaryInput } from '../../components/SummaryInput'
import { entryPreview } from '../../entry-preview'
import { slugFormat, uniqueSlug, uniquenessCheckedByRule } from '../../slug'
import { SOURCE_LANGUAGE } from '../../../lib/i18n/languages'
import { languageField, translatedFromField } from '../fields/translation'
import { paths } from '../../../lib/site'
import {
  duplicateAssociationProblem,
  markupProblem,
  readingGradeProblem,
  reviewDatesProblem,
  summaryLengthProblem,
  SUMMARY_MAX,
  SUMMARY_MIN,
} from '../../validation'

type ReviewDates = { lastReviewed?: string; nextReview?: string } | undefined

/** Fields the reader page shows inside a section, placed right after that section's text. */
const SECTION_EXTRAS: Partial<Record<SectionKey, FieldDefinition[]>> = {
  overview: [
    defineField({
      name: 'subtypes',
      title: 'Types and subtypes',
      type: 'array',
      group: 'about',
      description: 'Shown under the Overview as "Types".',
      of: [defineArrayMember({ type: 'subtype' })],
    }),
  ],
  diagnosis: [
    defineField({
      name: 'typicalTests',
      title: 'Typical tests',
      type: 'array',
      group: 'diagnosis',
      of: [defineArrayMember({ type: 'typicalTest' })],
    }),
    defineField({
      name: 'differentialDiagnoses',
      title: 'Differential diagnoses',
      type: 'array',
      group: 'diagnosis',
      description: 'Conditions doctors rule out, and how they are told apart.',
      of: [defineArrayMember({ type: 'differentialDiagnosis' })],
      validation: (rule) =>
        rule.custom((items, context) => duplicateAssociationProblem(items, context.document?._id) ?? true),
    }),
  ],
}

/** Groups and fields follow the reader page: header, sections in order, media, related, references, review. */
export const disease = defineType({
  name: 'disease',
  title: 'Disease entry',
  type: 'document',
  groups: [
    { name: 'identity', title: 'Identity', default: true },
    { name: 'help', title: HELP_TITLE },
    { name: 'classification', title: 'Classification' },
    ...SECTION_GROUPS.map((g) => ({ name: g.name, title: g.title })),
    { name: 'media', title: 'Pictures and video' },
    { name: 'related', title: 'Related conditions' },
    { name: 'references', title: 'References' },
    { name: 'review', title: 'Review' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'identity',
      description: 'The name most readers know the condition by.',
      validation: (rule) => [
        rule.required().error('Give the entry a title: the name most readers know the condition by.'),
        rule.min(2).max(120).error('Keep the title between 2 and 120 characters; put other names under "Other names".'),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'Address (slug)',
      type: 'slug',
      group: 'identity',
      description: `Lower-case words joined by hyphens; the entry is at ${paths.entry('<slug>')}.`,
      options: { source: 'title', maxLength: 96, isUnique: uniquenessCheckedByRule },
      validation: (rule) => [
        // Not rule.required(): that also runs the slug type's own "Required" on slug.current, a second, bare message.
        rule.custom((value: { current?: string } | undefined) =>
          value?.current?.trim() ? true : 'Give the entry an address: press "Generate" to make one from the title.',
        ),
        rule.custom(slugFormat),
        rule.custom(uniqueSlug('entries')),
      ],
    }),
    defineField({
      name: 'alternateNames',
      title: 'Other names',
      type: 'array',
      group: 'identity',
      description: 'Synonyms, older names, abbreviations and other spellings (e.g. uremic / uraemic).',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.unique().error('Each name once: remove the repeated one.'),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 4,
      group: 'identity',
      description: `One plain-language paragraph (${SUMMARY_MIN}–${SUMMARY_MAX} characters) a 12-year-old could follow.`,
      components: { input: SummaryInput },
      validation: (rule) => [
        rule
          .required()
          .error(
            'Write a summary: one plain-language paragraph on what the condition is, who gets it and why it matters.',
          ),
        rule.custom((summary) => (typeof summary === 'string' ? (summaryLengthProblem(summary) ?? true) : true)),
        rule.custom((summary) => (typeof summary === 'string' ? (markupProblem(summary) ?? true) : true)),
        // Flesch–Kincaid measures English: a translation's summary is not graded by it.
        rule
          .custom((summary, context) =>
            typeof summary === 'string' && (context.document?.language ?? SOURCE_LANGUAGE) === SOURCE_LANGUAGE
              ? (readingGradeProblem(summary) ?? true)
              : true,
          )
          .warning(),
      ],
    }),
    defineField({
      name: 'features',
      title: 'Characteristic features',
      type: 'array',
      group: 'identity',
      description: 'Short phrases completing "This condition is characterised by…".',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) =>
            rule.custom((feature) => (typeof feature === 'string' ? (markupProblem(feature) ?? true) : true)),
        }),
      ],
      validation: (rule) => rule.required().min(1).error('List at least one characteristic feature.'),
    }),
    defineField({
      name: 'whenToGetHelp',
      title: HELP_TITLE,
      type: 'whenToGetHelp',
      group: 'help',
      description:
        'Graded advice shown near the top of the page, in every embed and in the API. "See a doctor soon" and "Get medical help today" need at least one situation each; leave the emergency level empty only when the condition cannot lead to one.',
      validation: (rule) => rule.custom((value) => helpProblem(value as Parameters<typeof helpProblem>[0]) ?? true),
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'classification',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
      validation: (rule) => [
        rule.required().min(1).error('Choose at least one category, so readers can find the entry by body system.'),
        rule.unique().error('Each category once: remove the repeated one.'),
      ],
    }),
    defineField({
      name: 'codes',
      title: 'Medical codes',
      type: 'array',
      group: 'classification',
      description: `Codes in ${CODE_SYSTEMS.map((s) => s.name).join(', ')}. The first one is shown as the primary code.`,
      of: [defineArrayMember({ type: 'medicalCode' })],
    }),
    defineField({
      name: 'rarity',
      title: 'How common it is',
      type: 'string',
      group: 'classification',
      options: { list: RARITIES.map((r) => ({ title: r.title, value: r.value })), layout: 'radio' },
    }),
    defineField({
      name: 'prevalence',
      title: 'Prevalence',
      type: 'string',
      group: 'classification',
      description:
        'One sentence with figures and where they come from, e.g. "About 1 in 1,000 people on dialysis each year".',
    }),
    ...SECTIONS.flatMap((section) => [
      defineField({
        name: section.key,
        title: section.title,
        type: 'sectionBody',
        group: section.group,
      }),
      ...(SECTION_EXTRAS[section.key] ?? []),
    ]),
    defineField({
      name: 'images',
      title: 'Pictures',
      type: 'array',
      group: 'media',
      of: [defineArrayMember({ type: 'figure' })],
    }),
    defineField({
      name: 'videos',
      title: 'Videos',
      type: 'array',
      group: 'media',
      of: [defineArrayMember({ type: 'video' })],
    }),
    defineField({
      name: 'associatedConditions',
      title: 'Associated conditions',
      type: 'array',
      group: 'related',
      of: [defineArrayMember({ type: 'associatedCondition' })],
      validation: (rule) =>
        rule.custom((items, context) => duplicateAssociationProblem(items, context.document?._id) ?? true),
    }),
    defineField({
      name: 'references',
      title: 'References',
      type: 'array',
      group: 'references',
      description: 'Numbered in this order; cite them from the text with the Citation mark.',
      of: [defineArrayMember({ type: 'citation' })],
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed',
      type: 'date',
      group: 'review',
      description: 'The day a reviewer finished checking the whole entry.',
      validation: (rule) => [
        rule.required().error('Enter the date the entry was last reviewed; an entry is published only after a review.'),
        rule.custom((_, context) => {
          const doc = context.document as ReviewDates
          return reviewDatesProblem(doc?.lastReviewed, doc?.nextReview, new Date())?.lastReviewed ?? true
        }),
      ],
    }),
    defineField({
      name: 'nextReview',
      title: 'Next review due',
      type: 'date',
      group: 'review',
      description: 'Usually a year after the last review; the entry shows in "Due for review" 30 days before.',
      validation: (rule) => [
        rule.required().error('Enter when the entry is next due for review, usually a year after the last review.'),
        rule.custom((_, context) => {
          const doc = context.document as ReviewDates
          return reviewDatesProblem(doc?.lastReviewed, doc?.nextReview, new Date())?.nextReview ?? true
        }),
      ],
    }),
    defineField({
      name: 'reviewKind',
      title: 'Kind of review',
      type: 'string',
      group: 'review',
      description:
        'Readers, search engines and embedding sites are told exactly this: never choose "Clinical review" for an editorial check.',
      options: {
        list: REVIEW_KINDS.map((k) => ({ title: `${k.title}: ${k.description}`, value: k.value })),
        layout: 'radio',
      },
      validation: (rule) =>
        rule
          .required()
          .error(
            'Say what kind of review the entry had: editorial (against the sources) or clinical (by a qualified health professional).',
          ),
    }),
    defineField({
      name: 'reviewer',
      title: 'Reviewer',
      type: 'reference',
      group: 'review',
      to: [{ type: 'person' }],
      validation: (rule) =>
        rule.custom((reviewer, context) =>
          (context.document as { reviewKind?: string } | undefined)?.reviewKind === 'clinical' && !reviewer
            ? 'A clinical review needs its reviewer: choose the health professional who did it.'
            : true,
        ),
    }),
    languageField('identity'),
    translatedFromField('disease', 'review'),
  ],
  orderings: [
    { title: 'Title A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
    { title: 'Next review, soonest first', name: 'nextReviewAsc', by: [{ field: 'nextReview', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', code: 'codes.0.code', system: 'codes.0.system', nextReview: 'nextReview' },
    prepare: (selection) => entryPreview(selection),
  },
})
