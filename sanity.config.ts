import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { visionTool } from '@sanity/vision'
import { presentationTool } from 'sanity/presentation'
import { presentationPreviewUrl, presentationResolve } from './sanity/presentation'
import { schemaTypes } from './sanity/schemaTypes'
import { studioApiVersion, studioDataset, studioProjectId } from './sanity/env'

export default defineConfig({
  name: 'default',
  title: 'Open Medical Encyclopedia',
  projectId: studioProjectId,
  dataset: studioDataset,
  basePath: '/studio',
  plugins: [
    structureTool(),
    presentationTool({ resolve: presentationResolve, previewUrl: presentationPreviewUrl }),
    visionTool({ defaultApiVersion: studioApiVersion }),
  ],
  schema: { types: schemaTypes },
})
