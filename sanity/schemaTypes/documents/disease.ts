import { defineArrayMember, defineField, defineType } from 'sanity'
import { SECTIONS, SECTION_GROUPS } from '../../../lib/content/sections'
import { RARITIES } from '../../../lib/content/relationships'
import { CODE_SYSTEMS } from '../../../lib/content/codes'
import {
  duplicateAssociationProblem,
  reviewDatesProblem,
  summaryLengthProblem,
  SUMMARY_MAX,
  SUMMARY_MIN,
} from '../../validation'

export const disease = defineType({
  name: 'disease',
  title: 'Disease entry',
  type: 'document',
  groups: [
    { name: 'identity', title: 'Identity', default: true },
    { name: 'classification', title: 'Classification' },
    ...SECTION_GROUPS.map((g) => ({ name: g.name, title: g.title })),
    { name: 'related', title: 'Related conditions' },
    { name: 'media', title: 'Pictures and video' },
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
      validation: (rule) => rule.required().min(2).max(120),
    }),
    defineField({
      name: 'slug',
      title: 'Address (slug)',
      type: 'slug',
      group: 'identity',
      description: 'Lower-case words joined by hyphens; the entry is at /diseases/<slug>.',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) =>
        rule.required().custom((slug) => {
          const current = (slug as { current?: string } | undefined)?.current
          if (current && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(current))
            return 'Use lower-case letters, digits and single hyphens only (e.g. "chronic-kidney-disease").'
          return true
        }),
    }),
    defineField({
      name: 'alternateNames',
      title: 'Other names',
      type: 'array',
      group: 'identity',
      description: 'Synonyms, older names, abbreviations and other spellings (e.g. uremic / uraemic).',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 4,
      group: 'identity',
      description: `One plain-language paragraph (${SUMMARY_MIN}–${SUMMARY_MAX} characters) a 12-year-old could follow.`,
      validation: (rule) =>
        rule.required().custom((summary) => (typeof summary === 'string' ? (summaryLengthProblem(summary) ?? true) : true)),
    }),
    defineField({
      name: 'features',
      title: 'Characteristic features',
      type: 'array',
      group: 'identity',
      description: 'Short phrases completing "This condition is characterised by…".',
      of: [defineArrayMember({ type: 'string' })],
      validation: (rule) => rule.required().min(1).error('List at least one characteristic feature.'),
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: 'classification',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
      validation: (rule) => rule.required().min(1).unique(),
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
      name: 'subtypes',
      title: 'Types and subtypes',
      type: 'array',
      group: 'classification',
      of: [defineArrayMember({ type: 'subtype' })],
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
      description: 'One sentence with figures and where they come from, e.g. "About 1 in 1,000 people on dialysis each year".',
    }),
    ...SECTIONS.map((section) =>
      defineField({
        name: section.key,
        title: section.title,
        type: 'sectionBody',
        group: section.group,
      }),
    ),
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
      validation: (rule) =>
        rule.required().custom((_, context) => {
          const doc = context.document as { lastReviewed?: string; nextReview?: string } | undefined
          return reviewDatesProblem(doc?.lastReviewed, doc?.nextReview, new Date())?.lastReviewed ?? true
        }),
    }),
    defineField({
      name: 'nextReview',
      title: 'Next review due',
      type: 'date',
      group: 'review',
      validation: (rule) =>
        rule.required().custom((_, context) => {
          const doc = context.document as { lastReviewed?: string; nextReview?: string } | undefined
          return reviewDatesProblem(doc?.lastReviewed, doc?.nextReview, new Date())?.nextReview ?? true
        }),
    }),
    defineField({
      name: 'reviewer',
      title: 'Reviewer',
      type: 'reference',
      group: 'review',
      to: [{ type: 'person' }],
    }),
  ],
  orderings: [{ title: 'Title A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', code: 'codes.0.code', system: 'codes.0.system', nextReview: 'nextReview' },
    prepare: ({ title, code, system, nextReview }) => {
      const systemName = CODE_SYSTEMS.find((s) => s.id === system)?.name
      const due = typeof nextReview === 'string' && nextReview <= new Date().toISOString().slice(0, 10)
      return {
        title,
        subtitle: [code ? `${systemName} ${code}` : 'No code', due ? 'Review overdue' : nextReview ? `Review by ${nextReview}` : 'No review date']
          .filter(Boolean)
          .join(' · '),
      }
    },
  },
})
