import { defineArrayMember, defineField, defineType } from 'sanity'
import { isSafeHref } from '../../../lib/content/links'

/** Portable Text for an entry's clinical sections: paragraphs, subheadings, lists, links and numbered citations. */
export const sectionBody = defineType({
  name: 'sectionBody',
  title: 'Section text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraph', value: 'normal' },
        { title: 'Subheading', value: 'h3' },
        { title: 'Minor heading', value: 'h4' },
      ],
      lists: [
        { title: 'Bullets', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'External link',
            type: 'object',
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
          }),
          defineArrayMember({
            name: 'entryLink',
            title: 'Link to another entry',
            type: 'object',
            fields: [
              defineField({
                name: 'entry',
                title: 'Entry',
                type: 'reference',
                to: [{ type: 'disease' }],
                validation: (rule) => rule.required().error('Choose the entry this text links to, or remove the link.'),
              }),
            ],
          }),
          defineArrayMember({
            name: 'cite',
            title: 'Citation',
            type: 'object',
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
          }),
        ],
      },
    }),
  ],
})
