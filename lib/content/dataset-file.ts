/** Where local mode's NDJSON export is on disk (server-only: the Studio's bundle cannot take node:path). */
import path from 'node:path'
import { contentDatasetSetting } from '../env'

/** The bundled dataset: built from process.cwd() statically so the bundler does not trace the project. */
export const BUNDLED_DATASET = path.join(process.cwd(), 'sanity', 'dataset', 'production.ndjson')

/** The NDJSON export local mode serves: CONTENT_DATASET (relative to the working directory) or the bundled one. */
export function datasetFile(): string {
  const configured = contentDatasetSetting()
  return configured ? path.resolve(/* turbopackIgnore: true */ process.cwd(), configured) : BUNDLED_DATASET
}
