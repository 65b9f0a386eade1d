/**
 * Sanity Studio at /studio (every Studio URL below it is handled by the Studio's own router).
 * `config` comes from a 'use client' module, so it reaches NextStudio as a client reference.
 */
import { NextStudio } from 'next-sanity/studio'
import config from '../../../../sanity.config'

// The page is the same for every Studio URL: render it once at build time.
export const dynamic = 'force-static'

// noindex, same-origin referrer, and a viewport that suits the Studio.
export { metadata, viewport } from 'next-sanity/studio'

export default function StudioPage() {
  return <NextStudio config={config} />
}
