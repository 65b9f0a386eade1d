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
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'distinguishingFeatures',
      title: 'How to tell them apart',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.max(400),
    }),
  ],
  preview: {
    select: { title: 'condition.title', subtitle: 'distinguishingFeatures' },
  },
})
