import { defineField, defineType } from 'sanity'
import { RELATIONSHIPS } from '../../../lib/content/relationships'

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
      validation: (rule) =>
        rule.required().custom((value, context) => {
          const ref = (value as { _ref?: string } | undefined)?._ref
          const self = context.document?._id?.replace(/^drafts\./, '')
          if (ref && self && ref === self) return 'An entry cannot be associated with itself.'
          return true
        }),
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
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'note',
      title: 'Note',
      type: 'text',
      rows: 2,
      description: 'Optional: one sentence on how the two are linked.',
      validation: (rule) => rule.max(300),
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
