/**
 * V8's explicit compile hint for the JavaScript every page runs as it loads.
 *
 * Chrome compiles a script's top level while it downloads, off the main thread, but leaves the functions
 * inside for later: each is compiled on the main thread the first time it is called. Next.js's client runtime
 * (React DOM, the App Router, the bundler's runtime: `rootMainFiles` in the build manifest) is a few hundred
 * KB of functions that are all called while the page hydrates, so that lazy compilation lands in one long
 * task on every page (about 50 ms on the test machine, 200 ms at Lighthouse's mobile CPU slowdown). With the
 * magic comment `//# allFunctionsCalledOnLoad` as a file's first line, Chrome 136 and later compile the
 * whole file eagerly, in the background; other browsers ignore the comment. Measured here: the task drops to
 * about 20 ms (bench/RESULTS.md, "Hydration task").
 *
 * Run by `next build` itself (next.config.ts, compiler.runAfterProductionCompile), so every build gets it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { log } from '../log'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

export interface CompileHintsResult {
  /** Files (relative to the dist folder) that start with the hint now. */
  hinted: string[]
  /** Why nothing was hinted, when nothing was. */
  skipped?: string
}

/** The files every App Router page loads, from the build manifest; undefined when it has none. */
export function rootMainFiles(distDir: string): string[] | undefined {
  const manifest = path.join(distDir, 'build-manifest.json')
  if (!fs.existsSync(manifest)) return undefined
  const files = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { rootMainFiles?: unknown }).rootMainFiles
  return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && f.endsWith('.js')) : undefined
}

/**
 * Prepends the hint to each root main file that lacks it (so running twice changes nothing). A build without
 * the manifest or the list it expects is left as it is, with a warning: the site works, it only loses the hint.
 */
export function addCompileHints(distDir: string): CompileHintsResult {
  const files = rootMainFiles(distDir)
  if (!files?.length) {
    const skipped = `no rootMainFiles in ${path.join(distDir, 'build-manifest.json')}`
    log.warn('build', 'compile hints not added: the build manifest does not list the pages’ main files', {
      distDir,
      reason: skipped,
    })
    return { hinted: [], skipped }
  }
  for (const file of files) {
    const abs = path.join(distDir, file)
    const code = fs.readFileSync(abs, 'utf8')
    if (!code.startsWith(COMPILE_HINT)) fs.writeFileSync(abs, COMPILE_HINT + code)
  }
  return { hinted: files }
}
