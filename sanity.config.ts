'use client'
// A client module: the embedded Studio's page (a server component) hands this config to NextStudio by reference.

import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { visionTool } from '@sanity/vision'
import { presentationTool } from 'sanity/presentation'
import { presentationPreviewUrl, presentationResolve } from './sanity/preview'
import { schemaTypes } from './sanity/schemaTypes'
import { structure } from './sanity/structure'
import { templates } from './sanity/templates'
import { studioApiVersion, studioDataset, studioProjectId } from './sanity/env'
import { MarkTranslationCurrent, TRANSLATED_TYPES, translationPlugin } from './sanity/translation'

export default defineConfig({
  name: 'default',
  title: 'Open Medical Encyclopedia',
  projectId: studioProjectId,
  dataset: studioDataset,
  basePath: '/studio',
  plugins: [
    structureTool({ structure }),
    presentationTool({ resolve: presentationResolve, previewUrl: presentationPreviewUrl }),
    visionTool({ defaultApiVersion: studioApiVersion }),
    translationPlugin,
  ],
  schema: { types: schemaTypes, templates },
  document: {
    actions: (prev, context) =>
      TRANSLATED_TYPES.includes(context.schemaType) ? [...prev, MarkTranslationCurrent] : prev,
  },
})
