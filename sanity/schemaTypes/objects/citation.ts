import { defineField, defineType } from 'sanity'
import {
  citationFindabilityProblem,
  citationIdentifierProblem,
  doiProblem,
  pmidProblem,
} from '../../../lib/domain/citations'

export const citation = defineType({
  name: 'citation',
  title: 'Reference',
  type: 'object',
  fields: [
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'string',
      description: 'As printed, e.g. "Smith J, Jones A" or an organisation.',
    }),
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      // The findability rule sits on a field: rules on an array member's own type come back as warnings.
      validation: (rule) => [
        rule.required().error('Give the title of the article, book or page as it is published.'),
        rule.custom((_, context) => {
          const parent = context.parent as Parameters<typeof citationFindabilityProblem>[0] | undefined
          return parent ? (citationFindabilityProblem(parent) ?? true) : true
        }),
        // Findable by publisher and year, but only by searching: a warning, once the error above is fixed.
        rule
          .custom((_, context) => {
            const parent = context.parent as Parameters<typeof citationFindabilityProblem>[0] | undefined
            return parent && !citationFindabilityProblem(parent) ? (citationIdentifierProblem(parent) ?? true) : true
          })
          .warning(),
      ],
    }),
    defineField({ name: 'journal', title: 'Journal', type: 'string' }),
    defineField({ name: 'publisher', title: 'Publisher or organisation', type: 'string' }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      validation: (rule) =>
        rule
          .integer()
          .min(1800)
          .max(new Date().getFullYear() + 1)
          .error(`Enter the year of publication as four digits, between 1800 and ${new Date().getFullYear() + 1}.`),
    }),
    defineField({
      name: 'url',
      title: 'URL',
      type: 'url',
      validation: (rule) =>
        rule.uri({ scheme: ['http', 'https'] }).error('Enter a web address starting with https:// (or http://).'),
    }),
    defineField({
      name: 'doi',
      title: 'DOI',
      type: 'string',
      description: 'Only a DOI you have opened and checked. Never guess one.',
      validation: (rule) => rule.custom((v) => (typeof v === 'string' && v ? (doiProblem(v) ?? true) : true)),
    }),
    defineField({
      name: 'pmid',
      title: 'PubMed ID',
      type: 'string',
      description: 'Only a PMID you have opened and checked. Never guess one.',
      validation: (rule) => rule.custom((v) => (typeof v === 'string' && v ? (pmidProblem(v) ?? true) : true)),
    }),
  ],
  preview: {
    select: { title: 'title', authors: 'authors', year: 'year' },
    prepare: ({ title, authors, year }) => ({ title, subtitle: [authors, year].filter(Boolean).join(', ') }),
  },
})
