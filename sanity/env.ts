/** The Studio's project, dataset and API version (lib/env.ts reads them: SANITY_STUDIO_* or NEXT_PUBLIC_SANITY_*). */
import { studioEnv } from '../lib/env'

const env = studioEnv()
export const studioProjectId = env.projectId
export const studioDataset = env.dataset
export const studioApiVersion = env.apiVersion
