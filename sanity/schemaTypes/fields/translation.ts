/**
 * The fields a translatable document (entry, category) has for document-level translation with
 * @sanity/document-internationalization: its language (written by the plugin), and for a translation, the
 * source it was translated from and which version of it (the source's publish time then). The site compares
 * that with the source's current publish time to say a translation is out of date.
 */
import { defineField } from 'sanity'
import { SOURCE_LANGUAGE } from '../../../lib/i18n/languages'

export function languageField(group?: string) {
  return defineField({
    // The plugin's languageField (its default name); it writes this field, so editors do not.
    name: 'language',
    type: 'string',
    ...(group ? { group } : {}),
    readOnly: true,
    hidden: true,
  })
}

export function translatedFromField(type: 'disease' | 'category', group?: string) {
  return defineField({
    name: 'translatedFrom',
    title: 'Translated from',
    type: 'object',
    ...(group ? { group } : {}),
    description:
      'For a translation: the English document and the version of it this translation follows. "Mark translation up to date" (in the document menu) sets the version when the translation has caught up.',
    // Only translations have a source.
    hidden: ({ document }) => (document?.language ?? SOURCE_LANGUAGE) === SOURCE_LANGUAGE,
    fields: [
      defineField({
        name: 'source',
        title: 'Source document',
        type: 'reference',
        to: [{ type }],
        options: { filter: `coalesce(language, "${SOURCE_LANGUAGE}") == "${SOURCE_LANGUAGE}"` },
      }),
      defineField({
        name: 'sourceUpdatedAt',
        title: 'Source version (its publish time)',
        type: 'datetime',
        description: 'When the source was last published before this translation caught up with it.',
      }),
    ],
  })
}
