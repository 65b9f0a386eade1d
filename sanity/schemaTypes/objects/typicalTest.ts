import { defineField, defineType } from 'sanity'

export const typicalTest = defineType({
  name: 'typicalTest',
  title: 'Typical test',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Test',
      type: 'string',
      validation: (rule) => rule.required().error('Name the test, e.g. "Skin biopsy", or remove the row.'),
    }),
    defineField({
      name: 'purpose',
      title: 'What it shows',
      type: 'text',
      rows: 2,
      validation: (rule) => [
        rule.required().error('Say in a sentence what the test shows.'),
        rule.max(400).error('Keep it to a sentence or two (at most 400 characters).'),
      ],
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'purpose' } },
})
