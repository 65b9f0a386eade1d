/**
 * Document-level translation in the Studio, with Sanity's @sanity/document-internationalization plugin:
 * one document per language, linked through a `translation.metadata` document. The languages come from
 * lib/i18n/languages.ts. What this project adds: a new translation records which version of its source it
 * starts from, and a document action marks a translation up to date with its source again.
 */
import { documentInternationalization } from '@sanity/document-internationalization'
import { useState } from 'react'
import { useClient, useDocumentOperation, type DocumentActionComponent } from 'sanity'
import { LANGUAGES, SOURCE_LANGUAGE } from '../lib/i18n/languages'

/** The document types written in several languages. */
export const TRANSLATED_TYPES = ['disease', 'category']

const API_VERSION = '2025-02-19'

export const translationPlugin = documentInternationalization({
  supportedLanguages: LANGUAGES.map((l) => ({ id: l.id, title: l.title })),
  schemaTypes: TRANSLATED_TYPES,
  apiVersion: API_VERSION,
  // Existing entries can be linked to translations made before the metadata document existed.
  allowCreateMetaDoc: true,
  // A new translation starts as a copy of its source; it records the source and the version it copied.
  callback: async ({ sourceDocument, newDocument, client }) => {
    if ((sourceDocument.language ?? SOURCE_LANGUAGE) !== SOURCE_LANGUAGE) return
    await client
      .patch(newDocument._id)
      .set({
        translatedFrom: {
          _type: 'translatedFrom',
          source: { _type: 'reference', _ref: sourceDocument._id.replace(/^drafts\./, '') },
          sourceUpdatedAt: sourceDocument._updatedAt,
        },
      })
      .commit()
  },
})

/** "Mark translation up to date": the translation now follows the source as it is published now. */
export const MarkTranslationCurrent: DocumentActionComponent = (props) => {
  const { patch } = useDocumentOperation(props.id, props.type)
  const client = useClient({ apiVersion: API_VERSION })
  const [busy, setBusy] = useState(false)
  const source = (props.draft ?? props.published)?.translatedFrom as { source?: { _ref?: string } } | undefined
  if (!source?.source?._ref) return null
  const sourceId = source.source._ref
  return {
    label: 'Mark translation up to date',
    title: 'The translation has caught up with the English version as it is published now.',
    disabled: busy,
    onHandle: async () => {
      setBusy(true)
      const updatedAt = await client.fetch<string | null>('*[_id == $id][0]._updatedAt', { id: sourceId })
      if (updatedAt) patch.execute([{ set: { 'translatedFrom.sourceUpdatedAt': updatedAt } }])
      setBusy(false)
      props.onComplete()
    },
  }
}
