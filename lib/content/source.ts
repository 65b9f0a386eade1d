/**
 * The active content source for this process, chosen from the environment and created once.
 * Kept on globalThis because Next.js can load this module in several bundles of one server process, and
 * the local dataset must be loaded (and refreshed on publish) exactly once.
 */
import { contentMode, contentTimeoutMs, isBuildPhase, sanityEnv, sanityReadToken } from '../env'
import { datasetFile } from './dataset-file'
import { LocalSource } from './sources/local'
import { SanitySource } from './sources/sanity'
import type { ContentSource } from './sources/types'
import { processSingleton } from '../process-singleton.mjs'

export function createSourceFromEnv(options: { watch?: boolean } = {}): ContentSource {
  if (contentMode() === 'sanity') {
    return new SanitySource({
      ...sanityEnv(),
      token: sanityReadToken(),
      timeoutMs: contentTimeoutMs(),
    })
  }
  return new LocalSource(datasetFile(), { watch: options.watch ?? true })
}

export function activeSource(): ContentSource {
  return processSingleton('content-source', () => {
    const source = createSourceFromEnv({ watch: !isBuildPhase() })
    onRevalidationElsewhere(() => source.refresh())
    return source
  })
}

/**
 * With a shared cache (lib/cache/shared-cache-handler.mjs), another instance may receive a publish. Before
 * this instance marks the tags stale and renders pages again, a local dataset must show the change too,
 * without waiting for its next poll of the file.
 */
function onRevalidationElsewhere(hook: (tags: string[]) => void) {
  // lib/cache/shared-cache-handler.mjs runs these (runRemoteRevalidationHooks).
  processSingleton('remote-revalidation-hooks', () => new Set<(tags: string[]) => void>()).add(hook)
}
