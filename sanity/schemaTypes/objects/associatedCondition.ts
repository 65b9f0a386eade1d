import { defineField, defineType } from 'sanity'
import { RELATIONSHIPS } from '../../../lib/domain/relationships'

export const associatedCondition = defineType({
  name: 'associatedCondition',
  title: 'Associated condition',
  type: 'object',
  fields: [
    defineField({
      name: 'condition',
      title: 'Condition',
      type: 'reference',
      to: [{ type: 'disease' }],
      validation: (rule) => [
        rule.required().error('Choose the condition this entry is linked to, or remove the row.'),
        rule.custom((value, context) => {
          const ref = (value as { _ref?: string } | undefined)?._ref
          const self = context.document?._id?.replace(/^drafts\./, '')
          if (ref && self && ref === self) return 'An entry cannot be associated with itself; choose another condition.'
          return true
        }),
      ],
    }),
    defineField({
      name: 'relationship',
      title: 'Relationship',
      type: 'string',
      description: 'Read it as: "this entry … the linked condition".',
      options: {
        list: RELATIONSHIPS.map((r) => ({ title: `${r.title}: ${r.description}`, value: r.kind })),
        layout: 'radio',
      },
      validation: (rule) => rule.required().error('Choose how the two conditions are related.'),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'text',
      rows: 2,
      description: 'Optional: one sentence on how the two are linked.',
      validation: (rule) => rule.max(300).error('Keep the note to one sentence (at most 300 characters).'),
    }),
  ],
  preview: {
    select: { title: 'condition.title', relationship: 'relationship' },
    prepare: ({ title, relationship }) => ({
      title: title ?? 'Missing condition',
      subtitle: RELATIONSHIPS.find((r) => r.kind === relationship)?.title,
    }),
  },
})
