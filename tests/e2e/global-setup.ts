import { BUNDLED_DATASET } from '../support/content'
import { startContentLake } from '../support/content-lake'
import { ensureBuild } from './support/site'

/**
 * Production builds shared (as copies) by the end-to-end tests: local mode over the bundled dataset, and
 * Sanity mode prerendered from a loopback Content Lake serving the same dataset.
 */
export default async function globalSetup() {
  await ensureBuild('local', LOCAL_BUILD_ENV)
  const lake = await startContentLake({ file: BUNDLED_DATASET })
  try {
    await ensureBuild('sanity', { ...SANITY_BUILD_ENV, SANITY_API_HOST: lake.url })
  } finally {
    await lake.close()
  }
}

/**
 * Absolute URLs (canonical links, oEmbed discovery, feeds) are fixed at build time from SITE_URL, so the local
 * build is made for this port; tests that check absolute URLs serve it there.
 */
export const E2E_SITE_PORT = 3210
/**
 * Secrets are present while building, so the security test can prove none of them ends up in the client
 * bundles or the prerendered pages.
 */
export const TEST_SECRETS = {
  SANITY_API_READ_TOKEN: 'skTEST-read-token-9c41e7b2d8a0f5',
  SANITY_REVALIDATE_SECRET: 'whTEST-webhook-secret-51f0c3a9e2',
  SANITY_PREVIEW_SECRET: 'pvTEST-preview-secret-7d2b6e1c04',
}

export const LOCAL_BUILD_ENV = { SITE_URL: `http://localhost:${E2E_SITE_PORT}`, ...TEST_SECRETS }

export const SANITY_BUILD_ENV = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: 'test-project',
  NEXT_PUBLIC_SANITY_DATASET: 'production',
  ...TEST_SECRETS,
}
