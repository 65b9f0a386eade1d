/**
 * The active content source for this process, chosen from the environment and created once.
 * Kept on globalThis because Next.js can load this module in several bundles of one server process, and
 * the local dataset must be loaded (and refreshed on publish) exactly once.
 */
import { contentMode, contentTimeoutMs, datasetFile, isBuildPhase, sanityEnv, sanityReadToken } from '../env'
import { LocalSource } from './sources/local'
import { SanitySource } from './sources/sanity'
import type { ContentSource } from './sources/types'

const globalKey = Symbol.for('open-medical-encyclopedia.content-source')
type GlobalWithSource = typeof globalThis & { [globalKey]?: ContentSource }

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
  const g = globalThis as GlobalWithSource
  if (!g[globalKey]) {
    const source = createSourceFromEnv({ watch: !isBuildPhase() })
    g[globalKey] = source
    if (isLocalSource(source)) onRevalidationElsewhere(() => source.refresh())
  }
  return g[globalKey]
}

/**
 * With a shared cache (lib/cache/shared-cache-handler.mjs), another instance may receive a publish. Before
 * this instance marks the tags stale and renders pages again, a local dataset must show the change too,
 * without waiting for its next poll of the file.
 */
const hooksKey = Symbol.for('open-medical-encyclopedia.remote-revalidation-hooks')
type GlobalWithHooks = typeof globalThis & { [hooksKey]?: Set<(tags: string[]) => void> }

function onRevalidationElsewhere(hook: (tags: string[]) => void) {
  const g = globalThis as GlobalWithHooks
  ;(g[hooksKey] ??= new Set()).add(hook)
}
