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
import { processSingleton } from '../process-singleton'

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

/*
 * The source object is shared through globalThis by code that Next.js bundles separately (proxy, route
 * handlers, pages), so each bundle has its own copy of the classes and `instanceof` cannot be trusted
 * across them. These guards look at the kind instead.
 */
export function isLocalSource(source: ContentSource): source is LocalSource {
  return source.kind === 'local'
}

export function isSanitySource(source: ContentSource): source is SanitySource {
  return source.kind === 'sanity'
}

export function activeSource(): ContentSource {
  return processSingleton('content-source', () => {
    const source = createSourceFromEnv({ watch: !isBuildPhase() })
    if (isLocalSource(source)) onRevalidationElsewhere(() => source.refresh())
    return source
  })
}

/**
 * With a shared cache (lib/cache/shared-cache-handler.mjs), another instance may receive a publish. Before
 * this instance marks the tags stale and renders pages again, a local dataset must show the change too,
 * without waiting for its next poll of the file.
 */
function onRevalidationElsewhere(hook: (tags: string[]) => void) {
  // The name the shared cache handler reads (REMOTE_REVALIDATION_HOOKS there).
  processSingleton('remote-revalidation-hooks', () => new Set<(tags: string[]) => void>()).add(hook)
}
