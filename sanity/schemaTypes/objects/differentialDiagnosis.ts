import { defineField, defineType } from 'sanity'

export const differentialDiagnosis = defineType({
  name: 'differentialDiagnosis',
  title: 'Differential diagnosis',
  type: 'object',
  fields: [
    defineField({
      name: 'condition',
      title: 'Condition',
      type: 'reference',
      to: [{ type: 'disease' }],
      validation: (rule) => rule.required().error('Choose the condition that can look similar, or remove the row.'),
    }),
    defineField({
      name: 'distinguishingFeatures',
      title: 'How to tell them apart',
      type: 'text',
      rows: 2,
      validation: (rule) =>
        rule.max(400).error('Keep it short (at most 400 characters): the one or two signs that tell them apart.'),
    }),
  ],
  preview: {
    select: { title: 'condition.title', subtitle: 'distinguishingFeatures' },
  },
})
