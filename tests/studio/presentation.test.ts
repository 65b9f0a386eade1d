/**
 * The Presentation tool's locations: every document type lists the pages that show it, from the same GROQ
 * the Studio keeps live, evaluated here with groq-js over the bundled dataset as an editor sees it (drafts).
 */
import fs from 'node:fs'
import { LOCATION_PARAMS, LOCATION_QUERIES, presentationLocations, presentationResolve } from '../../sanity/preview'
import { GroqDataset } from '../../lib/content/sources/groq'
import { draftsView, parseNdjson, type SanityDocument } from '../../lib/content/sources/dataset'
import { paths, pathsIn, translatedRoutePatterns } from '../../lib/site'
import { BUNDLED_DATASET } from '../support/content'

const documents: SanityDocument[] = parseNdjson(fs.readFileSync(BUNDLED_DATASET, 'utf8'), BUNDLED_DATASET)
const dataset = new GroqDataset(draftsView(documents))
type Locations = { locations: { title: string; href: string }[] } | null
const locate = async (type: string, id: string) =>
  (await dataset.query(LOCATION_QUERIES[type], { ...LOCATION_PARAMS, id })) as Locations
const hrefs = (result: Locations) => result?.locations.map((l) => l.href) ?? []
const slugOf = (id: string) => (documents.find((d) => d._id === id)?.slug as { current: string }).current
// Entries in the source language that link to `target` (translations link to source documents too).
const linksTo = (target: string) =>
  documents.filter(
    (d) =>
      d._type === 'disease' &&
      d.language !== 'es' &&
      d._id !== target &&
      JSON.stringify(d).includes(`"_ref":"${target}"`),
  )

describe('Presentation locations', () => {
  it('has a query for every document type of the schema', () => {
    const types = new Set(documents.map((d) => d._type).filter((t) => !t.startsWith('sanity.')))
    expect([...types].sort()).toEqual(Object.keys(LOCATION_QUERIES).sort())
  })

  it('lists an entry, the entries that link to it, A–Z and its categories', async () => {
    const result = await locate('disease', 'disease-calciphylaxis')
    const entry = documents.find((d) => d._id === 'disease-calciphylaxis') as unknown as {
      categories: { _ref: string }[]
    }
    const linking = linksTo('disease-calciphylaxis')
    expect(linking.length).toBeGreaterThan(5)
    const byTitle = [...linking].sort((x, y) => (String(x.title) < String(y.title) ? -1 : 1))
    expect(hrefs(result)).toEqual([
      paths.entry('calciphylaxis'),
      ...byTitle.map((d) => paths.entry((d.slug as { current: string }).current)),
      paths.entries(),
      ...entry.categories.map((c) => paths.category(slugOf(c._ref))),
    ])
    expect(result?.locations.every((l) => l.title.length > 0)).toBe(true)
  })

  it('lists a category, the category list and the entries in it', async () => {
    const category = documents.find((d) => d._type === 'category' && linksTo(d._id).length > 0)
    if (!category) throw new Error('no category with entries')
    const result = await locate('category', category._id)
    expect(hrefs(result).slice(0, 2)).toEqual([paths.category(slugOf(category._id)), paths.categories()])
    expect(hrefs(result)).toHaveLength(2 + linksTo(category._id).length)
  })

  it('lists the entries a reviewer reviewed, and nothing for a document that does not exist', async () => {
    const person = documents.find((d) => d._type === 'person')
    if (!person) throw new Error('no person')
    const reviewed = documents.filter(
      (d) => d._type === 'disease' && (d.reviewer as { _ref?: string } | undefined)?._ref === person._id,
    )
    expect(reviewed.length).toBeGreaterThan(20)
    expect(hrefs(await locate('person', person._id))).toHaveLength(reviewed.length)
    expect(await locate('disease', 'no-such-document')).toBeNull()
  })

  it('lists a new entry that has no categories or links yet', async () => {
    const fresh = { _id: 'disease-brand-new', _type: 'disease', title: 'Brand new', slug: { current: 'brand-new' } }
    const withFresh = new GroqDataset([...draftsView(documents), fresh as SanityDocument])
    const result = (await withFresh.query(LOCATION_QUERIES.disease, { ...LOCATION_PARAMS, id: fresh._id })) as Locations
    expect(hrefs(result)).toEqual([paths.entry('brand-new'), paths.entries()])
  })

  it('asks the document store for the published id, in the perspective the editor is in', () => {
    const calls: unknown[][] = []
    const documentStore = { listenQuery: (...args: unknown[]) => (calls.push(args), 'observable') }
    const resolve = (type: string) =>
      presentationLocations({ id: 'drafts.disease-calciphylaxis', type, version: undefined, perspectiveStack: [] }, {
        documentStore,
      } as unknown as Parameters<typeof presentationLocations>[1])
    expect(resolve('disease')).toBe('observable')
    expect(calls[0]).toEqual([
      LOCATION_QUERIES.disease,
      { ...LOCATION_PARAMS, id: 'disease-calciphylaxis' },
      { perspective: 'drafts' },
    ])
    expect(resolve('sanity.imageAsset')).toBeNull()
    presentationLocations(
      { id: 'versions.spring.disease-calciphylaxis', type: 'disease', version: 'spring', perspectiveStack: ['spring'] },
      { documentStore } as unknown as Parameters<typeof presentationLocations>[1],
    )
    expect(calls[1]).toEqual([
      LOCATION_QUERIES.disease,
      { ...LOCATION_PARAMS, id: 'disease-calciphylaxis' },
      { perspective: ['spring'] },
    ])
  })

  it('maps each page with a slug back to its main document', () => {
    const routes = (presentationResolve?.mainDocuments ?? []).map((d) => ('route' in d ? d.route : undefined))
    expect(routes).toEqual([
      paths.entry(':slug'),
      paths.category(':slug'),
      translatedRoutePatterns.entry,
      translatedRoutePatterns.category,
    ])
  })

  it('lists a translation at its own language’s pages, with the pages of its language that link to its source', async () => {
    const result = hrefs(await locate('disease', 'disease-calciphylaxis-es'))
    expect(result[0]).toBe(pathsIn('es').entry('calcifilaxis'))
    expect(result).toContain(pathsIn('es').entry('enfermedad-renal-cronica'))
    expect(result).toContain(pathsIn('es').entries())
    expect(result.filter((h) => h.startsWith(pathsIn('es').entries()))).toHaveLength(result.length - 4)
    expect(hrefs(await locate('translation.metadata', 'translation-metadata-disease-calciphylaxis'))).toEqual([
      paths.entry('calciphylaxis'),
      pathsIn('es').entry('calcifilaxis'),
    ])
  })
})
