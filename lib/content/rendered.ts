/**
 * Which pages this site has a rendered copy of: those prerendered at build time (the prerender manifest)
 * and those this process rendered since. While the content source is down, the proxy answers 503 for a
 * page outside this set instead of letting its render fail.
 */
import fs from 'node:fs'
import path from 'node:path'

const key = Symbol.for('open-medical-encyclopedia.rendered-paths')
const state = ((globalThis as Record<symbol, unknown>)[key] ??= { paths: new Set<string>() }) as {
  paths: Set<string>
  manifest?: Set<string>
}

function manifestRoutes(): Set<string> {
  if (!state.manifest) {
    try {
      const file = path.join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'prerender-manifest.json')
      state.manifest = new Set(Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as { routes: object }).routes))
    } catch {
      state.manifest = new Set()
    }
  }
  return state.manifest
}

export function markRendered(pathname: string) {
  state.paths.add(pathname)
}

export function hasRenderedCopy(pathname: string): boolean {
  return state.paths.has(pathname) || manifestRoutes().has(pathname)
}
