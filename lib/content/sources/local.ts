/**
 * Local mode: the same GROQ the site sends to the Content Lake, evaluated with groq-js over an NDJSON export.
 * The file is read once, then again only when it changes (a poll of its size and mtime, or an explicit
 * refresh from the publish webhook); a change that fails to parse keeps the last good dataset.
 */
import fs from 'node:fs'
import { log, errorMessage } from '../../log'
import {
  DatasetParseError,
  draftsView,
  parseNdjson,
  publishedView,
  resolveLocalAssets,
  type Perspective,
  type SanityDocument,
} from './dataset'
import { GroqDataset } from './groq'
import type { ContentSource, QueryOptions, QueryParams } from './types'

interface Snapshot {
  mtimeMs: number
  size: number
  documents: SanityDocument[]
  published: GroqDataset
  drafts: GroqDataset
}

export interface LocalSourceOptions {
  /** Where the site serves the dataset's image files (the /media route). */
  mediaBaseUrl?: string
  /** Poll the file for changes (the running site); off for one-shot scripts and tests. */
  watch?: boolean
  pollIntervalMs?: number
}

export class LocalSource implements ContentSource {
  readonly kind = 'local' as const
  private snapshot: Snapshot | undefined
  /** Increases with every dataset version that goes live; lets callers cache what they derive from it. */
  version = 0
  private previous = new Map<string, SanityDocument>()
  private watching = false

  constructor(
    readonly file: string,
    private readonly options: LocalSourceOptions = {},
  ) {}

  get description(): string {
    return `local dataset ${this.file}`
  }

  /** Load now; throws DatasetParseError (file, line, reason) when the file cannot be used at all. */
  load(): Snapshot {
    if (!this.snapshot) {
      this.snapshot = this.read()
      this.version++
      log.info('content', 'local dataset loaded', { file: this.file, documents: this.snapshot.documents.length })
      if (this.options.watch) this.watch()
    }
    return this.snapshot
  }

  /**
   * Re-read the file if it changed since it was loaded. Returns true when a new version is now live.
   * A version that does not parse is logged and ignored; the last good one stays.
   */
  refresh(): boolean {
    const current = this.snapshot
    if (!current) {
      this.load()
      return true
    }
    let stat: fs.Stats
    try {
      stat = fs.statSync(this.file)
    } catch (error) {
      log.error('content', 'dataset file unreadable; keeping the last good version', {
        file: this.file,
        reason: errorMessage(error),
      })
      return false
    }
    if (stat.mtimeMs === current.mtimeMs && stat.size === current.size) return false
    try {
      const next = this.read()
      this.previous = new Map(current.documents.map((d) => [d._id, d]))
      this.snapshot = next
      this.version++
      log.info('content', 'local dataset reloaded', { file: this.file, documents: next.documents.length })
      return true
    } catch (error) {
      const where = error instanceof DatasetParseError ? `line ${error.line}` : undefined
      log.error('content', 'dataset reload failed; keeping the last good version', {
        file: this.file,
        at: where,
        reason: error instanceof DatasetParseError ? error.reason : errorMessage(error),
      })
      // Remember this version as seen so that the poll does not log it again every second.
      current.mtimeMs = stat.mtimeMs
      current.size = stat.size
      return false
    }
  }

  /** A document as it was before the last reload (for revalidating what a change removed). */
  previousVersion(id: string): SanityDocument | undefined {
    return this.previous.get(id)
  }

  documents(perspective: Perspective = 'published'): SanityDocument[] {
    const snapshot = this.load()
    return (perspective === 'drafts' ? snapshot.drafts : snapshot.published).documents
  }

  async query(query: string, params: QueryParams = {}, options: QueryOptions = {}): Promise<unknown> {
    const snapshot = this.load()
    const dataset = options.perspective === 'drafts' ? snapshot.drafts : snapshot.published
    return dataset.query(query, params)
  }

  private read(): Snapshot {
    const stat = fs.statSync(this.file)
    const text = fs.readFileSync(this.file, 'utf8')
    const documents = resolveLocalAssets(parseNdjson(text, this.file), this.options.mediaBaseUrl ?? '/media')
    // Readers' indexes are built with the version (as part of loading it), not on a reader's first request;
    // draft previews build theirs when first asked.
    const published = new GroqDataset(publishedView(documents), { indexed: true }).prepare()
    return {
      mtimeMs: stat.mtimeMs,
      size: stat.size,
      documents,
      published,
      drafts: new GroqDataset(draftsView(documents), { indexed: true }),
    }
  }

  private watch() {
    if (this.watching) return
    this.watching = true
    fs.watchFile(this.file, { interval: this.options.pollIntervalMs ?? 1000, persistent: false }, () => {
      this.refresh()
    })
  }

  close() {
    if (this.watching) fs.unwatchFile(this.file)
    this.watching = false
  }
}
