/**
 * Sanity mode without mocking the client: the real @sanity/client talks to a loopback Content Lake
 * stand-in, and every query must give exactly what local mode gives.
 */
import { SanitySource } from '../../lib/content/sources/sanity'
import { ContentUnavailableError } from '../../lib/content/sources/types'
import * as queries from '../../lib/content/queries'
import { BUNDLED_DATASET, apiFor, localApi } from '../support/content'
import { startContentLake, type ContentLake } from '../support/content-lake'

let lake: ContentLake
let sanity: SanitySource
const local = localApi()

beforeAll(async () => {
  lake = await startContentLake({ file: BUNDLED_DATASET })
  sanity = new SanitySource({
    projectId: 'test-project',
    dataset: 'production',
    apiVersion: '2025-10-01',
    apiHost: lake.url,
    timeoutMs: 2000,
  })
})

afterAll(() => lake.close())

beforeEach(() => {
  lake.behaviour = 'ok'
  lake.requests = []
})

describe('Sanity mode against the loopback Content Lake', () => {
  it('sends the query through the real client to the query endpoint, with the published perspective', async () => {
    await sanity.query(queries.ENTRY_SLUGS_QUERY)
    expect(lake.requests).toHaveLength(1)
    expect(lake.requests[0].path).toMatch(/^\/v2025-10-01\/data\/query\/production$/)
    expect(lake.requests[0].perspective).toBe('published')
  })

  it('gives identical raw results for every query in queries.ts', async () => {
    const slugs = (await local.source.query(queries.ENTRY_SLUGS_QUERY, { lang: 'en' })) as string[]
    // Every query in the source language and in Spanish (the translated entries resolve their links there).
    const params = (lang: string): Record<string, Record<string, string | string[]>> => ({
      ENTRY_QUERY: { slug: lang === 'es' ? 'calcifilaxis' : 'calciphylaxis' },
      CATEGORY_QUERY: { slug: lang === 'es' ? 'metabolismo-del-calcio' : 'calcium-metabolism' },
      CHANGED_DOCUMENT_QUERY: { id: lang === 'es' ? 'disease-calciphylaxis-es' : 'disease-calciphylaxis' },
      DOCUMENTS_BY_ID_QUERY: { ids: ['disease-chronic-kidney-disease', 'category-skin', 'disease-calciphylaxis-es'] },
      SLUG_EXISTS_QUERY: { type: 'disease', slug: 'calcinosis-cutis' },
      LINKING_TO_SOURCE_QUERY: { source: 'disease-calciphylaxis', id: 'disease-calciphylaxis-es' },
    })
    const names = Object.keys(queries) as (keyof typeof queries)[]
    expect(names.length).toBeGreaterThanOrEqual(6)
    for (const lang of ['en', 'es'])
      for (const name of names) {
        const p = { lang, ...params(lang)[name] }
        const [fromLake, fromLocal] = [await sanity.query(queries[name], p), await local.source.query(queries[name], p)]
        expect([name, lang, fromLake]).toEqual([name, lang, fromLocal])
        if (name === 'ENTRY_QUERY') expect(fromLocal).toMatchObject({ lang })
      }
    expect(slugs.length).toBeGreaterThan(0)
  })

  // Local mode answers queries about one document from the documents they can reach (its indexes,
  // lib/content/sources/scopes.ts); the Content Lake stand-in reads every document. Both must agree on all.
  it.each(['en', 'es'] as const)(
    'gives identical, zod-valid results through every content function (%s)',
    async (lang) => {
      const remote = apiFor(sanity)
      const slugs = await local.api.getEntrySlugs(lang)
      expect(slugs.length).toBeGreaterThanOrEqual(lang === 'en' ? 27 : 10)
      expect(await remote.getEntrySlugs(lang)).toEqual(slugs)
      expect(await remote.getEntryIndex(lang)).toEqual(await local.api.getEntryIndex(lang))
      expect(await remote.getCategoryTree(lang)).toEqual(await local.api.getCategoryTree(lang))
      for (const slug of slugs) {
        const entry = await remote.getEntry(slug, lang)
        expect(entry).not.toBeNull()
        expect(entry).toEqual(await local.api.getEntry(slug, lang))
      }
      const categories = await local.api.getCategories(lang)
      expect(categories.length).toBeGreaterThan(0)
      for (const c of categories)
        expect(await remote.getCategory(c.slug, lang)).toEqual(await local.api.getCategory(c.slug, lang))
      expect(await remote.getEntry('no-such-entry', lang)).toBeNull()
    },
  )

  it.each([
    ['answers 500', 'error', /Internal Server Error/],
    ['answers garbage', 'garbage', /not a query result/],
    ['hangs', 'hang', /time-?out|timed out/i],
  ] as const)('reports the source as unavailable when it %s', async (_label, behaviour, reason) => {
    lake.behaviour = behaviour
    const started = Date.now()
    const error: unknown = await sanity.query(queries.ENTRY_SLUGS_QUERY).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentUnavailableError)
    expect((error as ContentUnavailableError).reason).toMatch(reason)
    // A behaviour, not a latency: the configured time-out (2 s, one retry: about 4 s) gives up on a hanging
    // source, not the client's default (10 s a try, about 20 s). The bound sits well clear of both.
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('refuses the drafts perspective without a read token, and serves drafts with one', async () => {
    await expect(sanity.query(queries.ENTRY_SLUGS_QUERY, {}, { perspective: 'drafts' })).rejects.toThrow(
      /SANITY_API_READ_TOKEN/,
    )
    const withToken = new SanitySource({
      projectId: 'test-project',
      dataset: 'production',
      apiVersion: '2025-10-01',
      apiHost: lake.url,
      token: 'read-token',
    })
    await withToken.query(queries.ENTRY_SLUGS_QUERY, {}, { perspective: 'drafts' })
    expect(lake.requests.at(-1)?.perspective).toBe('drafts')
  })
})
