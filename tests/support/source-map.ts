/**
 * Content Source Maps for the loopback Content Lake (tests/support/content-lake.ts), in the format the real
 * API sends with `resultSourceMap=withKeyArraySelector` (https://www.sanity.io/docs/content-source-maps):
 * `documents` (id and type of each source document), `paths` (JSONPath into a document, with
 * `[?(@._key=='…')]` for keyed array items) and `mappings` (JSONPath into the result, with indexes, to a
 * document and a path).
 *
 * The real API knows where each value of a result came from while it evaluates the query; groq-js does not,
 * so this stand-in finds it afterwards: each string of the result is looked up among the string values of
 * the documents the query could see. A value held by several documents is attributed to the document that
 * holds most of the strings of the same result object (a projected entry's title goes to that entry, a
 * linked entry's title to the linked entry). Strings no document holds as such (computed ones) get no
 * mapping, as with the real API.
 */
import type { SanityDocument } from '../../lib/content/sources/dataset'

export interface ContentSourceMap {
  documents: { _id: string; _type: string }[]
  paths: string[]
  mappings: Record<string, { type: 'value'; source: { type: 'documentValue'; document: number; path: number } }>
}

type Place = { document: number; path: string }

const quote = (key: string) => key.replace(/[\\']/g, (c) => `\\${c}`)

/** Every string value of a document (not `_`-prefixed fields), by value, with its CSM path. */
function documentStrings(doc: SanityDocument, index: number, into: Map<string, Place[]>) {
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      const places = into.get(value) ?? []
      places.push({ document: index, path })
      into.set(value, places)
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const key = item && typeof item === 'object' && typeof (item as { _key?: unknown })._key === 'string'
        walk(item, key ? `${path}[?(@._key=='${quote((item as { _key: string })._key)}')]` : `${path}[${i}]`)
      })
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!k.startsWith('_')) walk(v, `${path}['${quote(k)}']`)
    }
  }
  for (const [k, v] of Object.entries(doc)) if (!k.startsWith('_')) walk(v, `$['${quote(k)}']`)
}

export function sourceMapFor(result: unknown, documents: SanityDocument[]): ContentSourceMap {
  const strings = new Map<string, Place[]>()
  documents.forEach((doc, i) => documentStrings(doc, i, strings))
  const map: ContentSourceMap = { documents: [], paths: [], mappings: {} }
  const docIndex = new Map<number, number>()
  const pathIndex = new Map<string, number>()
  const add = (resultPath: string, place: Place) => {
    if (!docIndex.has(place.document)) {
      const doc = documents[place.document]
      docIndex.set(place.document, map.documents.push({ _id: doc._id, _type: doc._type }) - 1)
    }
    if (!pathIndex.has(place.path)) pathIndex.set(place.path, map.paths.push(place.path) - 1)
    map.mappings[resultPath] = {
      type: 'value',
      source: { type: 'documentValue', document: docIndex.get(place.document)!, path: pathIndex.get(place.path)! },
    }
  }

  /** The document holding most of an object's own strings: where its ambiguous strings come from. */
  const likelySource = (object: Record<string, unknown>, inherited: number | undefined) => {
    const votes = new Map<number, number>()
    for (const value of Object.values(object))
      if (typeof value === 'string')
        for (const document of new Set((strings.get(value) ?? []).map((p) => p.document)))
          votes.set(document, (votes.get(document) ?? 0) + 1)
    let best = inherited
    let most = 0
    for (const [document, count] of votes) if (count > most) [best, most] = [document, count]
    return best
  }

  const walk = (value: unknown, path: string, source: number | undefined) => {
    if (typeof value === 'string') {
      const places = strings.get(value)
      if (!places?.length) return
      add(path, places.find((p) => p.document === source) ?? places[0])
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`, source))
    } else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>
      const here = likelySource(object, source)
      for (const [k, v] of Object.entries(object)) if (!k.startsWith('_')) walk(v, `${path}['${quote(k)}']`, here)
    }
  }
  walk(result, '$', undefined)
  return map
}
