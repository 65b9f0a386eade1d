import { defineCliConfig } from 'sanity/cli'
import { studioEnv } from './lib/env'
import { studioDataset, studioProjectId } from './sanity/env'

export default defineCliConfig({
  api: { projectId: studioProjectId, dataset: studioDataset },
  studioHost: studioEnv().studioHost,
})
