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
      description:
        'The reviewer’s qualification, e.g. "MD, nephrologist"; leave empty for a team without one. What kind of review an entry had is set on the entry.',
    }),
    defineField({ name: 'affiliation', title: 'Affiliation', type: 'string' }),
    defineField({ name: 'url', title: 'Profile URL', type: 'url' }),
  ],
  preview: { select: { title: 'name', subtitle: 'credentials' } },
})
