/**
 * A dataset in Sanity's NDJSON export format, held in memory: parsing with line-accurate errors,
 * local image assets, and the published and drafts views of the documents.
 */
import path from 'node:path'

export interface SanityDocument {
  _id: string
  _type: string
  [field: string]: unknown
}

export class DatasetParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`)
    this.name = 'DatasetParseError'
  }
}

/** Parse NDJSON text; the first malformed line stops the parse with its file, line and reason. */
export function parseNdjson(text: string, file: string): SanityDocument[] {
  const documents: SanityDocument[] = []
  const seen = new Map<string, number>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim()
    if (raw === '') continue
    const lineNo = i + 1
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new DatasetParseError(file, lineNo, `not valid JSON (${(error as Error).message})`)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DatasetParseError(file, lineNo, 'each line must be one JSON object (a document)')
    const doc = value as Record<string, unknown>
    if (typeof doc._id !== 'string' || doc._id === '')
      throw new DatasetParseError(file, lineNo, 'the document has no string "_id"')
    if (typeof doc._type !== 'string' || doc._type === '')
      throw new DatasetParseError(file, lineNo, `document "${doc._id}" has no string "_type"`)
    const previous = seen.get(doc._id)
    if (previous !== undefined)
      throw new DatasetParseError(file, lineNo, `document id "${doc._id}" already appears on line ${previous}`)
    seen.set(doc._id, lineNo)
    documents.push(doc as SanityDocument)
  }
  return documents
}

/** `image@file://./images/name-800x500.svg` → the file name, in an export or an editable dataset. */
const LOCAL_ASSET = /^image@file:\/\/\.\/images\/([A-Za-z0-9][A-Za-z0-9._-]*\.(svg|png|jpe?g|webp|gif))$/

const MIME: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
}

export function assetMimeType(fileName: string): string | undefined {
  return MIME[path.extname(fileName).slice(1).toLowerCase()]
}

function assetIdFor(fileName: string): string {
  const ext = path.extname(fileName).slice(1)
  const base = fileName.slice(0, -(ext.length + 1)).replace(/[^A-Za-z0-9-]/g, '-')
  return `image-${base}-${ext}`
}

function dimensionsOf(fileName: string): { width: number; height: number } | undefined {
  const m = /-(\d{1,5})x(\d{1,5})\.[a-z]+$/i.exec(fileName)
  return m ? { width: Number(m[1]), height: Number(m[2]) } : undefined
}

/**
 * Sanity's export format points at image files with `_sanityAsset` ("image@file://./images/…"), which
 * `sanity dataset import` uploads. Locally we turn each into a reference to a `sanity.imageAsset` document
 * served by the site's /media route, so that the same GROQ (`asset->url`) works in both modes.
 */
export function resolveLocalAssets(documents: SanityDocument[], mediaBaseUrl: string): SanityDocument[] {
  const assets = new Map<string, SanityDocument>()
  const visit = (value: unknown, depth: number): unknown => {
    if (depth > 64 || value === null || typeof value !== 'object') return value
    if (Array.isArray(value)) return value.map((v) => visit(v, depth + 1))
    const obj = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(obj)) if (k !== '_sanityAsset') out[k] = visit(v, depth + 1)
    if (typeof obj._sanityAsset === 'string') {
      const m = LOCAL_ASSET.exec(obj._sanityAsset)
      if (m) {
        const fileName = m[1]
        const id = assetIdFor(fileName)
        const dims = dimensionsOf(fileName)
        assets.set(id, {
          _id: id,
          _type: 'sanity.imageAsset',
          originalFilename: fileName,
          extension: path.extname(fileName).slice(1),
          mimeType: assetMimeType(fileName),
          url: `${mediaBaseUrl}/${fileName}`,
          path: `images/${fileName}`,
          metadata: dims ? { dimensions: { ...dims, aspectRatio: dims.width / dims.height } } : {},
        })
        out.asset = { _type: 'reference', _ref: id }
      }
    }
    return out
  }
  const resolved = documents.map((d) => visit(d, 0) as SanityDocument)
  for (const asset of assets.values()) if (!resolved.some((d) => d._id === asset._id)) resolved.push(asset)
  return resolved
}

export type Perspective = 'published' | 'drafts'

export function isDraftId(id: string): boolean {
  return id.startsWith('drafts.')
}

/** Published documents only: what readers see. Drafts and release versions are left out. */
export function publishedView(documents: SanityDocument[]): SanityDocument[] {
  return documents.filter((d) => !isDraftId(d._id) && !d._id.startsWith('versions.'))
}

/** Drafts over published, as Sanity's `drafts` perspective: a draft replaces its published document. */
export function draftsView(documents: SanityDocument[]): SanityDocument[] {
  const drafts = new Map<string, SanityDocument>()
  for (const d of documents) if (isDraftId(d._id)) drafts.set(d._id.slice('drafts.'.length), d)
  const out: SanityDocument[] = []
  for (const d of publishedView(documents)) {
    const draft = drafts.get(d._id)
    out.push(draft ? { ...draft, _id: d._id, _originalId: draft._id } : d)
    drafts.delete(d._id)
  }
  for (const [id, draft] of drafts) out.push({ ...draft, _id: id, _originalId: draft._id })
  return out
}
