/** The bundled dataset through the real content layer, uncached, for tests. */
import path from 'node:path'
import { createContentApi } from '../../lib/content/api'
import { forgetLoggedContentIssues } from '../../lib/content/validate'
import { LocalSource } from '../../lib/content/sources/local'
import type { ContentSource } from '../../lib/content/sources/types'

export const BUNDLED_DATASET = path.join(__dirname, '..', '..', 'sanity', 'dataset', 'production.ndjson')
export const FIXTURES = path.join(__dirname, '..', 'fixtures')

export function apiFor(source: ContentSource) {
  return createContentApi((query, params) => source.query(query, params))
}

export function localApi(file = BUNDLED_DATASET) {
  const source = new LocalSource(file, { watch: false })
  return { source, api: apiFor(source) }
}

/** Collect the content warnings logged while `fn` runs (each problem logs once per process: start afresh). */
export async function captureWarnings<T>(fn: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  forgetLoggedContentIssues()
  const warnings: string[] = []
  const spy = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '))
  })
  try {
    return { result: await fn(), warnings }
  } finally {
    spy.mockRestore()
  }
}
