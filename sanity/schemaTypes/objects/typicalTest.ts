import { defineField, defineType } from 'sanity'

export const typicalTest = defineType({
  name: 'typicalTest',
  title: 'Typical test',
  type: 'object',
  fields: [
    defineField({ name: 'name', title: 'Test', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'purpose',
      title: 'What it shows',
      type: 'text',
      rows: 2,
      validation: (rule) => rule.required().max(400),
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'purpose' } },
})
