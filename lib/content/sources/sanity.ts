/**
 * Sanity mode: the Content Lake through the official client. Every call has a time-out; a failure of any
 * kind (network, HTTP status, time-out, an answer that is not a query result) becomes a
 * ContentUnavailableError, so callers can keep serving the last good page instead of rendering garbage.
 */
import { createClient, type SanityClient } from '@sanity/client'
import type { ContentSource, QueryOptions, QueryParams } from './types'
import { ContentUnavailableError } from './types'
import { errorMessage } from '../../log'
import { STEGA } from '../stega'

export interface SanitySourceConfig {
  projectId: string
  dataset: string
  apiVersion: string
  /** A read token: needed for the drafts perspective (preview) and private datasets. */
  token?: string
  /** Another API host, e.g. a loopback stand-in in tests. */
  apiHost?: string
  timeoutMs?: number
}

export class SanitySource implements ContentSource {
  readonly kind = 'sanity' as const
  readonly client: SanityClient
  /** Changes arrive as webhooks; nothing here to look at. */
  readonly version = undefined

  constructor(private readonly config: SanitySourceConfig) {
    this.client = createClient({
      projectId: config.projectId,
      dataset: config.dataset,
      apiVersion: config.apiVersion,
      token: config.token,
      // The site caches pages itself and revalidates them on publish; the API CDN would add a stale layer.
      useCdn: false,
      perspective: 'published',
      timeout: config.timeoutMs ?? 10_000,
      maxRetries: 1,
      ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
    })
  }

  get description(): string {
    return `Sanity project ${this.config.projectId}/${this.config.dataset}${this.config.apiHost ? ` at ${this.config.apiHost}` : ''}`
  }

  refresh(): boolean {
    return false
  }

  previousVersion(): undefined {
    return undefined
  }

  async query(query: string, params: QueryParams = {}, options: QueryOptions = {}): Promise<unknown> {
    const perspective = options.perspective ?? 'published'
    if (perspective === 'drafts' && !this.config.token)
      throw new ContentUnavailableError(this.description, 'the drafts perspective needs SANITY_API_READ_TOKEN')
    let response: unknown
    try {
      response = await this.client.fetch(query, params, {
        perspective,
        filterResponse: false,
        returnQuery: false,
        useCdn: false,
        // Drafts carry edit links for Visual Editing's overlays (lib/content/stega.ts); published reads never.
        stega: perspective === 'drafts' ? { ...STEGA, enabled: true } : false,
      })
    } catch (error) {
      throw new ContentUnavailableError(this.description, errorMessage(error), { cause: error })
    }
    if (typeof response !== 'object' || response === null || !('result' in response))
      throw new ContentUnavailableError(this.description, 'the answer was not a query result')
    return (response as { result: unknown }).result
  }
}
