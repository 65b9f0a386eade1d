import { defineField, defineType } from 'sanity'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'slug',
      title: 'Address (slug)',
      type: 'slug',
      options: { source: 'title', maxLength: 96 },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'description', title: 'Description', type: 'text', rows: 3 }),
    defineField({
      name: 'parent',
      title: 'Parent category',
      type: 'reference',
      to: [{ type: 'category' }],
      description: 'Leave empty for a top-level category.',
      validation: (rule) =>
        rule.custom((value, context) => {
          const ref = (value as { _ref?: string } | undefined)?._ref
          const self = context.document?._id?.replace(/^drafts\./, '')
          return ref && ref === self ? 'A category cannot be its own parent.' : true
        }),
    }),
    defineField({
      name: 'specialty',
      title: 'Medical specialty',
      type: 'string',
      description: 'The specialty that usually looks after these conditions, e.g. Nephrology.',
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'parent.title' } },
})
