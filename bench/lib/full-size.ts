/**
 * Datasets as large and as linked as a real encyclopedia's: copies of the bundled entries (their full text,
 * sections, references and links: 15–25 KB each), in generations. Each generation's copies link to each other
 * as the bundled entries do, so every link resolves and "mentioned by" lists are as long as the bundled ones.
 * Categories, reviewers and images are the bundled ones; translations are not copied.
 */
import fs from 'node:fs'
import { parseNdjson, publishedView, type SanityDocument } from '../../lib/content/sources/dataset'
import { BUNDLED_DATASET } from '../../tests/support/content'

const isSourceEntry = (d: SanityDocument) => d._type === 'disease' && (d.language ?? 'en') === 'en'

/** Replace every reference to an entry in `ids` with its copy's. */
function relink(value: unknown, ids: Set<string>, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => relink(v, ids, suffix))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value))
    out[k] = k === '_ref' && typeof v === 'string' && ids.has(v) ? `${v}${suffix}` : relink(v, ids, suffix)
  return out
}

const bundled = () => publishedView(parseNdjson(fs.readFileSync(BUNDLED_DATASET, 'utf8'), BUNDLED_DATASET))
const copySlug = (base: SanityDocument, generation: number) =>
  `${(base.slug as { current: string }).current}${generation === 0 ? '' : `-${generation}`}`

/** The slugs of the entries of fullSizeDataset(count), in order (the build prerenders the first ones). */
export function fullSizeSlugs(count: number): string[] {
  const entries = bundled().filter(isSourceEntry)
  return Array.from({ length: count }, (_, i) => copySlug(entries[i % entries.length], Math.floor(i / entries.length)))
}

/** The bundled dataset's other documents (categories, reviewers, assets, translations) and `count` entries. */
export function fullSizeDataset(count: number): SanityDocument[] {
  const all = bundled()
  const entries = all.filter(isSourceEntry)
  const ids = new Set(entries.map((e) => e._id))
  const rest = all.filter((d) => !isSourceEntry(d))
  const copies: SanityDocument[] = []
  for (let i = 0; i < count; i++) {
    const base = entries[i % entries.length]
    const generation = Math.floor(i / entries.length)
    if (generation === 0) {
      copies.push(base)
      continue
    }
    const suffix = `-${generation}`
    const copy = relink(base, ids, suffix) as SanityDocument
    copies.push({
      ...copy,
      _id: `${base._id}${suffix}`,
      title: `${String(base.title)} ${generation}`,
      slug: { _type: 'slug', current: copySlug(base, generation) },
    })
  }
  // A copy whose link target is past `count` would link to nothing: such links are dropped, as for any dead link.
  return [...rest, ...copies]
}
