import type { SanityClient } from '@sanity/client'
import type { Perspective, SanityDocument } from './dataset'

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
  /**
   * Changes whenever the content does, when the source can see that itself (a file: each version of it);
   * undefined when changes are only heard of through the publish webhook (the Content Lake), so what is
   * derived from the content must expire instead.
   */
  readonly version: number | undefined
  /** Look for a change now (a file: re-read it if it changed); true when a new version is live. */
  refresh(): boolean
  /** A document as it was before the last change the source saw itself, to revalidate what it removed. */
  previousVersion(id: string): SanityDocument | undefined
  /** The Content Lake client, when the source is one: the Presentation tool's signed preview URLs need it. */
  readonly client?: SanityClient
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
