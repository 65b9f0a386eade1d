import { defineField, defineType } from 'sanity'
import { slugFormat, uniqueSlug, uniquenessCheckedByRule } from '../../slug'
import { paths } from '../../../lib/site'
import { languageField, translatedFromField } from '../fields/translation'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      validation: (rule) => rule.required().error('Give the category a title, e.g. "Kidney and urinary conditions".'),
    }),
    defineField({
      name: 'slug',
      title: 'Address (slug)',
      type: 'slug',
      description: `The category is at ${paths.category('<slug>')}.`,
      options: { source: 'title', maxLength: 96, isUnique: uniquenessCheckedByRule },
      validation: (rule) => [
        // Not rule.required(): that also runs the slug type's own "Required" on slug.current, a second, bare message.
        rule.custom((value: { current?: string } | undefined) =>
          value?.current?.trim() ? true : 'Give the category an address: press "Generate" to make one from the title.',
        ),
        rule.custom(slugFormat),
        rule.custom(uniqueSlug('categories')),
      ],
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
          return ref && ref === self
            ? 'A category cannot be its own parent: choose another, or leave it empty for a top-level category.'
            : true
        }),
    }),
    defineField({
      name: 'specialty',
      title: 'Medical specialty',
      type: 'string',
      description: 'The specialty that usually looks after these conditions, e.g. Nephrology.',
    }),
    languageField(),
    translatedFromField('category'),
  ],
  preview: { select: { title: 'title', subtitle: 'parent.title' } },
})
