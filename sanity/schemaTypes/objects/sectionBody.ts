import { defineArrayMember, defineField, defineType, type FieldDefinition } from 'sanity'
import { isSafeHref } from '../../../lib/domain/links'
import {
  ANNOTATION_TYPES,
  BLOCK_STYLES,
  DECORATORS,
  LIST_TYPES,
  type AnnotationType,
} from '../../../lib/domain/portable-text'
import { markupProblem } from '../../validation'

// What each annotation asks the editor for; the names, titles and order come from lib/domain/portable-text.ts.
const annotationFields: Record<AnnotationType, { description?: string; fields: FieldDefinition[] }> = {
  link: {
    fields: [
      defineField({
        name: 'href',
        title: 'Address',
        type: 'string',
        validation: (rule) => [
          rule.required().error('Enter the address the link goes to.'),
          rule.custom((href) =>
            typeof href === 'string' && !isSafeHref(href)
              ? `"${href}" cannot be linked: use an http(s) or mailto: address, or a path on this site starting with "/".`
              : true,
          ),
        ],
      }),
    ],
  },
  entryLink: {
    fields: [
      defineField({
        name: 'entry',
        title: 'Entry',
        type: 'reference',
        to: [{ type: 'disease' }],
        validation: (rule) => rule.required().error('Choose the entry this text links to, or remove the link.'),
      }),
    ],
  },
  cite: {
    description: 'Marks the text as supported by one of this entry’s references; readers see a number.',
    fields: [
      defineField({
        name: 'reference',
        title: 'Reference key',
        type: 'string',
        description: 'The key of an item in this entry’s References list.',
        validation: (rule) => [
          rule.required().error('Choose which of this entry’s references supports the text.'),
          rule.custom((key, context) => {
            const refs = (context.document as { references?: { _key: string }[] } | undefined)?.references ?? []
            return typeof key === 'string' && !refs.some((r) => r._key === key)
              ? `No reference with key "${key}" in this entry’s References list: add the reference there first, or pick another.`
              : true
          }),
        ],
      }),
    ],
  },
}

/** Portable Text for an entry's clinical sections: paragraphs, subheadings, lists, links and numbered citations. */
export const sectionBody = defineType({
  name: 'sectionBody',
  title: 'Section text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      // A paragraph's text as readers see it: markup typed into it would show as typed.
      validation: (rule) =>
        rule.custom((block) => {
          const children: unknown = block && 'children' in block ? block.children : []
          const text = (Array.isArray(children) ? children : [])
            .map((c: { text?: unknown }) => (typeof c.text === 'string' ? c.text : ''))
            .join('')
          return markupProblem(text) ?? true
        }),
      styles: BLOCK_STYLES.map(({ title, value }) => ({ title, value })),
      lists: LIST_TYPES.map(({ title, value }) => ({ title, value })),
      marks: {
        decorators: DECORATORS.map(({ title, value }) => ({ title, value })),
        annotations: ANNOTATION_TYPES.map(({ name, title }) =>
          defineArrayMember({ name, title, type: 'object', ...annotationFields[name] }),
        ),
      },
    }),
  ],
})
