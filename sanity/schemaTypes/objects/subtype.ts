import { defineField, defineType } from 'sanity'

export const subtype = defineType({
  name: 'subtype',
  title: 'Type or subtype',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().error('Name the type or subtype, or remove the row.'),
    }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 2 }),
  ],
  preview: { select: { title: 'name', subtitle: 'description' } },
})
