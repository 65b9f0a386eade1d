import { defineField, defineType } from 'sanity'

export const figure = defineType({
  name: 'figure',
  title: 'Picture',
  type: 'image',
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description: 'What the picture shows, for people who cannot see it.',
      validation: (rule) => [
        rule.required().error('Every picture needs alternative text describing what it shows.'),
        rule.max(600).error('Keep the alternative text under 600 characters; put the detail in the caption.'),
      ],
    }),
    defineField({ name: 'caption', title: 'Caption', type: 'string' }),
    defineField({ name: 'credit', title: 'Credit', type: 'string' }),
    defineField({
      name: 'licence',
      title: 'Licence',
      type: 'string',
      description: 'E.g. CC BY 4.0, or "Original illustration for this encyclopedia".',
    }),
  ],
  preview: { select: { title: 'caption', subtitle: 'alt', media: 'asset' } },
})
