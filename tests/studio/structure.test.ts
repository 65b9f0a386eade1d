/**
 * The Studio's navigation: built with sanity's own structure builder, and every list's GROQ filter run with
 * groq-js over the bundled dataset (and over documents made to hit each case).
 */
import fs from 'node:fs'
import type { ObjectSchemaType } from 'sanity'
import type { StructureBuilder } from 'sanity/structure'
import { parseNdjson, type SanityDocument } from '../../lib/content/sources/dataset'
import { GroqDataset } from '../../lib/content/sources/groq'
import { studioSchema } from '../../sanity/offline-validation'
import { reviewDueBy, reviewStatus } from '../../sanity/review'
import { ENTRY_FILTERS, structure } from '../../sanity/structure'
import { ENTRY_IN_CATEGORY_TEMPLATE_ID, templates } from '../../sanity/templates'
import { BUNDLED_DATASET } from '../support/content'

// A `require`, not an import: under Jest the SWC transform resolves bare imports against the project root
// (tsconfig's implicit baseUrl), where 'sanity/structure' is this project's own sanity/structure.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStructureBuilder } = require('sanity/structure') as typeof import('sanity/structure')

interface ListNode {
  id: string
  title?: string
  type: string
  child?: unknown
  options?: { filter: string; params?: Record<string, unknown>; defaultOrdering?: unknown; apiVersion?: string }
  initialValueTemplates?: { templateId: string; parameters?: Record<string, unknown> }[]
  items?: ListNode[]
}

/** The builder as the Studio makes it, from a source with what the builders read. */
function builder(): StructureBuilder {
  const source = {
    projectId: 'offline',
    dataset: 'production',
    schema: studioSchema(),
    templates: (templates as (prev: never[], context: never) => unknown[])([], undefined as never),
    document: { resolveNewDocumentOptions: () => [] },
    getClient: () => ({}),
    currentUser: null,
    i18n: { t: (key: string) => key },
  }
  // The source is a partial stand-in: the structure builder reads only these members.
  return createStructureBuilder({ source: source as never, perspectiveStack: ['drafts'] })
}

const serialize = (node: unknown): ListNode =>
  (node as { serialize: (o: { path: string[] }) => ListNode }).serialize({ path: [] })

async function open(node: ListNode, childId = node.id): Promise<ListNode> {
  const child = node.child
  const resolved =
    typeof child === 'function'
      ? await child(childId, { path: [], parent: root, index: 0, splitIndex: 0, serializeOptions: {} })
      : child
  return (resolved as { serialize?: unknown }).serialize ? serialize(resolved) : (resolved as ListNode)
}

let root: ListNode
const item = (id: string) => {
  const found = root.items?.find((i) => i.id === id)
  if (!found) throw new Error(`no item ${id}`)
  return found
}

const documents: SanityDocument[] = parseNdjson(fs.readFileSync(BUNDLED_DATASET, 'utf8'), BUNDLED_DATASET)
const entries = documents.filter((d) => d._type === 'disease')
const run = async (list: ListNode, docs: SanityDocument[] = documents) =>
  ((await new GroqDataset(docs).query(`*[${list.options?.filter}]._id`, list.options?.params ?? {})) as string[]).sort()
const ids = (docs: SanityDocument[]) => docs.map((d) => d._id).sort()

beforeAll(async () => {
  root = serialize(await structure(builder(), {} as never))
})

describe('Studio structure', () => {
  it('offers the editors’ lists, in this order', () => {
    expect(root.items?.map((i) => [i.id, i.title ?? null])).toEqual([
      ['entries', 'Entries A–Z'],
      ['entries-by-category', 'Entries by category'],
      ['due-for-review', 'Due for review'],
      ['not-clinically-reviewed', 'Not clinically reviewed'],
      ['incomplete', 'Incomplete'],
      ['drafts', 'Drafts'],
      ['stale-translations', 'Translations out of date'],
      ['untranslated-es', 'Not yet in Spanish'],
      ['__divider__1', null],
      ['categories', 'Categories'],
      ['reviewers', 'Reviewers'],
    ])
  })

  it('lists every entry A–Z', async () => {
    const list = await open(item('entries'))
    expect(list.options?.defaultOrdering).toEqual([{ field: 'title', direction: 'asc' }])
    expect(await run(list)).toEqual(ids(entries))
  })

  it('lists the entries of each category, and starts new ones in that category', async () => {
    const categories = await open(item('entries-by-category'))
    expect(categories.options?.params).toEqual({ type: 'category' })
    const skin = await open(categories, 'category-skin')
    expect(await run(skin)).toEqual(
      ids(entries.filter((e) => (e.categories as { _ref: string }[]).some((c) => c._ref === 'category-skin'))),
    )
    expect(await run(skin)).not.toEqual([])
    expect(skin.initialValueTemplates).toEqual([
      expect.objectContaining({
        templateId: ENTRY_IN_CATEGORY_TEMPLATE_ID,
        parameters: { categoryId: 'category-skin' },
      }),
    ])
  })

  it('lists entries due for review: overdue, due within 30 days, or without a date', async () => {
    const list = await open(item('due-for-review'))
    const today = new Date()
    expect(list.options?.params).toEqual({ dueBy: reviewDueBy(today) })
    expect(await run(list)).toEqual(ids(entries.filter((e) => reviewStatus(e.nextReview, today) !== 'scheduled')))
    const made = [
      { _id: 'overdue', _type: 'disease', nextReview: '2000-01-01' },
      { _id: 'soon', _type: 'disease', nextReview: reviewDueBy(today) },
      { _id: 'none', _type: 'disease' },
      { _id: 'later', _type: 'disease', nextReview: '2999-01-01' },
      { _id: 'category', _type: 'category', nextReview: '2000-01-01' },
    ]
    expect(await run(list, made)).toEqual(['none', 'overdue', 'soon'])
  })

  it('lists the entries never clinically reviewed: editorial reviews and reviews of no recorded kind', async () => {
    const list = await open(item('not-clinically-reviewed'))
    // Every bundled entry had an editorial review only.
    expect(await run(list)).toEqual(ids(entries))
    const made = [
      { _type: 'disease', _id: 'clinical', reviewKind: 'clinical' },
      { _type: 'disease', _id: 'editorial', reviewKind: 'editorial' },
      { _type: 'disease', _id: 'unrecorded' },
    ]
    expect(await run(list, made)).toEqual(['editorial', 'unrecorded'])
  })

  it('lists incomplete entries: no diagnosis section, no references or no codes', async () => {
    const list = await open(item('incomplete'))
    const has = (d: SanityDocument, field: string) => Array.isArray(d[field]) && (d[field] as unknown[]).length > 0
    expect(await run(list)).toEqual(
      ids(entries.filter((e) => !has(e, 'diagnosis') || !has(e, 'references') || !has(e, 'codes'))),
    )
    const full = {
      _type: 'disease',
      diagnosis: [{ _type: 'block' }],
      references: [{ _type: 'citation' }],
      codes: [{ _type: 'medicalCode' }],
    }
    const made = [
      { ...full, _id: 'complete' },
      { ...full, _id: 'no-diagnosis', diagnosis: [] },
      { ...full, _id: 'no-references', references: undefined },
      { ...full, _id: 'no-codes', codes: [] },
    ]
    expect(await run(list, made)).toEqual(['no-codes', 'no-diagnosis', 'no-references'])
  })

  it('lists documents with unpublished changes, raw or through the drafts perspective', async () => {
    const list = await open(item('drafts'))
    expect(list.options?.filter).toBe(ENTRY_FILTERS.drafts)
    expect(await run(list)).toEqual(ids(documents.filter((d) => d._id.startsWith('drafts.'))))
    const made = [
      { _id: 'drafts.disease-new', _type: 'disease' },
      // Through the drafts perspective a draft has its published id, and its own id in _originalId.
      { _id: 'disease-changed', _originalId: 'drafts.disease-changed', _type: 'disease' },
      { _id: 'disease-published', _originalId: 'disease-published', _type: 'disease' },
      { _id: 'drafts.image-asset', _type: 'sanity.imageAsset' },
    ]
    expect(await run(list, made)).toEqual(['disease-changed', 'drafts.disease-new'])
  })

  it('gives every filtered list an API version, and filters only on fields the entry has', async () => {
    for (const id of ['due-for-review', 'not-clinically-reviewed', 'incomplete', 'drafts'])
      expect((await open(item(id))).options?.apiVersion).toBe('2025-02-19')
    const fields = new Set((studioSchema().get('disease') as ObjectSchemaType).fields.map((f) => f.name))
    const used = Object.values(ENTRY_FILTERS).flatMap((f) =>
      [...f.matchAll(/(?<![$\w])([a-zA-Z]+)(?=\[|\s*<=|\))/g)].map((m) => m[1]),
    )
    // Fields of translatedFrom (the entry's) and of the translation plugin's metadata are not the entry's own.
    const nested = ['source', 'sourceUpdatedAt', 'translations']
    const own = used.filter(
      (name) => !['defined', 'path', 'count', 'dateTime', ...nested].includes(name) && !name.startsWith('_'),
    )
    expect(own.filter((name) => !fields.has(name))).toEqual([])
    expect(own).toEqual(expect.arrayContaining(['categories', 'nextReview', 'diagnosis', 'references', 'codes']))
  })

  it('lists translations whose English source was published after the version they follow', async () => {
    const list = await open(item('stale-translations'))
    // Every bundled translation follows its source as it is published now.
    expect(await run(list)).toEqual([])
    const source = { _id: 'disease-src', _type: 'disease', _updatedAt: '2026-12-03T12:00:00Z' }
    const follows = (id: string, sourceUpdatedAt?: string) => ({
      _id: id,
      _type: 'disease',
      language: 'es',
      translatedFrom: { source: { _ref: 'disease-src' }, ...(sourceUpdatedAt ? { sourceUpdatedAt } : {}) },
    })
    const made = [
      source,
      follows('current', '2026-12-03T12:00:00.000Z'),
      follows('behind', '2026-12-01T09:00:00Z'),
      follows('unknown-version'),
    ]
    expect(await run(list, made)).toEqual(['behind', 'unknown-version'])
    const stale = documents.map((d) =>
      d._id === 'disease-calciphylaxis' ? { ...d, _updatedAt: '2026-12-04T08:00:00Z' } : d,
    )
    expect(await run(list, stale)).toEqual(['disease-calciphylaxis-es'])
  })

  it('lists the English entries not translated into Spanish yet', async () => {
    const list = await open(item('untranslated-es'))
    expect(list.options?.params).toEqual({ lang: 'es' })
    const english = entries.filter((e) => e.language !== 'es')
    const translated = new Set(
      entries.flatMap((e) =>
        e.language === 'es' ? [(e.translatedFrom as { source: { _ref: string } }).source._ref] : [],
      ),
    )
    expect(translated.size).toBeGreaterThanOrEqual(10)
    const untranslated = await run(list)
    expect(untranslated).toEqual(ids(english.filter((e) => !translated.has(e._id))))
    expect(untranslated).toContain('disease-cellulitis')
  })

  it('lists categories and reviewers', async () => {
    expect((await open(item('categories'))).options?.params).toEqual({ type: 'category' })
    expect((await open(item('reviewers'))).options?.params).toEqual({ type: 'person' })
  })
})
