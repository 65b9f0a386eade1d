import { ensureBuild } from './support/site'

/** The production build of the bundled dataset in local mode, shared (as copies) by the end-to-end tests. */
export default async function globalSetup() {
  ensureBuild('local')
}
