import { defineField, defineType } from 'sanity'

export const person = defineType({
  name: 'person',
  title: 'Reviewer',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      validation: (rule) => rule.required().error('Enter the reviewer’s name as readers should see it on entries.'),
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description: 'E.g. "MD, nephrologist" or "Editorial team".',
    }),
    defineField({ name: 'affiliation', title: 'Affiliation', type: 'string' }),
    defineField({ name: 'url', title: 'Profile URL', type: 'url' }),
  ],
  preview: { select: { title: 'name', subtitle: 'credentials' } },
})
