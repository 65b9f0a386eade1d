import type { Perspective } from './dataset'

export type QueryParams = Record<string, string | number | boolean | string[] | null>

export interface QueryOptions {
  perspective?: Perspective
}

/** Where content comes from: the Content Lake (Sanity mode) or an NDJSON export (local mode). Same GROQ for both. */
export interface ContentSource {
  readonly kind: 'sanity' | 'local'
  /** A short description for logs and the status of the site, e.g. the dataset file or project/dataset. */
  readonly description: string
  query(query: string, params?: QueryParams, options?: QueryOptions): Promise<unknown>
}

/** The source could not answer (down, timed out, answered garbage). Pages keep their last good version. */
export class ContentUnavailableError extends Error {
  constructor(
    readonly source: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`content source ${source} unavailable: ${reason}`, options)
    this.name = 'ContentUnavailableError'
  }
}
