/**
 * Which pages this site has a rendered copy of: those prerendered at build time (the prerender manifest)
 * and those this process rendered since. While the content source is down, the proxy answers 503 for a
 * page outside this set instead of letting its render fail. Also from the manifest: whether a request's
 * draft-mode cookie is this build's, and not merely a cookie with the right name.
 */
import fs from 'node:fs'
import path from 'node:path'
import { distDir } from '../env'
import { processSingleton } from '../process-singleton.mjs'

const state = processSingleton<{ paths: Set<string>; manifest?: { routes: Set<string>; previewModeId?: string } }>(
  'rendered-paths',
  () => ({ paths: new Set<string>() }),
)

function manifest(): NonNullable<typeof state.manifest> {
  if (!state.manifest) {
    try {
      const file = path.join(/* turbopackIgnore: true */ process.cwd(), distDir(), 'prerender-manifest.json')
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        routes: object
        preview?: { previewModeId?: string }
      }
      state.manifest = { routes: new Set(Object.keys(parsed.routes)), previewModeId: parsed.preview?.previewModeId }
    } catch {
      state.manifest = { routes: new Set() }
    }
  }
  return state.manifest
}

/** Whether a `__prerender_bypass` cookie is the one Next.js sets when draft mode is enabled on this build. */
export function isDraftModeCookie(value: string | undefined): boolean {
  const id = manifest().previewModeId
  return id !== undefined && value === id
}

export function markRendered(pathname: string) {
  state.paths.add(pathname)
}

export function hasRenderedCopy(pathname: string): boolean {
  return state.paths.has(pathname) || manifest().routes.has(pathname)
}
