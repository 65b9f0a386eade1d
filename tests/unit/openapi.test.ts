/**
 * The OpenAPI document is derived from the zod schemas, and the answers built from the bundled dataset fit
 * it. (tests/e2e/api.test.ts checks real HTTP responses against the served document as well.)
 */
import Ajv2020 from 'ajv/dist/2020'
import { z } from 'zod'
import { openApiDocument } from '../../lib/api/openapi'
import { entriesListParams, lookupParams } from '../../lib/api/params'
import { apiCategoryTree, apiEntry, apiEntrySummary } from '../../lib/api/shapes'
import { entrySchema } from '../../lib/api/schemas'
import { SECTION_KEYS } from '../../lib/domain/sections'
import { localApi } from '../support/content'

const ORIGIN = 'https://encyclopedia.example'
const doc = openApiDocument(ORIGIN)
type Operation = { parameters?: { name: string; required: boolean; schema: Record<string, unknown> }[] }
const operation = (path: string) => (doc.paths as unknown as Record<string, { get: Operation }>)[path].get

const ajv = new Ajv2020({ strict: false, allErrors: true })
ajv.addSchema({ ...doc, components: doc.components }, '#')
const check = (schema: string, value: unknown) => {
  const validate = ajv.getSchema(`#/components/schemas/${schema}`)
  if (!validate) throw new Error(`no schema ${schema}`)
  const ok = validate(JSON.parse(JSON.stringify(value)))
  return ok ? [] : validate.errors
}

describe('the OpenAPI document', () => {
  it("holds each response schema as zod's JSON Schema of it", () => {
    const schemas = doc.components.schemas as Record<string, Record<string, unknown>>
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['Entry', 'EntryList', 'LookupResponse', 'CategoryTree', 'InfobuttonFeed', 'CdsCards']),
    )
    const fromZod = z.toJSONSchema(entrySchema, { unrepresentable: 'any' }) as Record<string, unknown>
    expect(Object.keys(schemas.Entry.properties as object)).toEqual(Object.keys(fromZod.properties as object))
    expect(schemas.Entry).not.toHaveProperty('$schema')
    // A change to a zod schema shows in the document: the section keys are the domain's.
    const section = schemas.Section.properties as Record<string, { enum?: string[] }>
    expect(section.key.enum).toEqual([...SECTION_KEYS])
  })

  it('lists the query parameters the routes parse, required as the schemas say', () => {
    const names = (path: string) => operation(path).parameters?.map((p) => [p.name, p.required])
    expect(names('/entries')).toEqual(Object.keys(entriesListParams.shape).map((name) => [name, false]))
    // lang has a default; the others are required.
    expect(names('/lookup')).toEqual(Object.keys(lookupParams.shape).map((name) => [name, name !== 'lang']))
    expect(names('/entries/{slug}')).toEqual([
      ['slug', true],
      ['lang', false],
      ['sections', false],
    ])
    expect(operation('/entries').parameters?.find((p) => p.name === 'lang')?.schema).toMatchObject({
      enum: ['en', 'es'],
      default: 'en',
    })
    const page = operation('/entries').parameters?.find((p) => p.name === 'page')
    expect(page?.schema).toMatchObject({ type: 'string', pattern: '^\\d{1,9}$', default: '1' })
  })

  it('describes every entry, summary and the category tree built from the bundled dataset', async () => {
    const { api } = localApi()
    const index = await api.getEntryIndex()
    expect(index.length).toBeGreaterThan(40)
    const problems: unknown[] = []
    for (const summary of index) {
      const entry = await api.getEntry(summary.slug)
      if (!entry) throw new Error(`no entry ${summary.slug}`)
      problems.push(...(check('Entry', apiEntry(entry, ORIGIN, [...SECTION_KEYS])) ?? []))
      problems.push(...(check('EntrySummary', apiEntrySummary(summary, ORIGIN)) ?? []))
    }
    problems.push(
      ...(check('CategoryTree', { data: apiCategoryTree(await api.getCategoryTree(), ORIGIN, 'en') }) ?? []),
    )
    expect(problems).toEqual([])
  })

  it('refuses an answer that does not fit (the schemas are strict)', () => {
    expect(check('EntrySummary', { slug: 'x' })).not.toEqual([])
    expect(
      check('Code', { system: 'icd10cm', systemName: 'x', systemUri: 'x', code: 'x', label: null, extra: 1 }),
    ).not.toEqual([])
  })
})
