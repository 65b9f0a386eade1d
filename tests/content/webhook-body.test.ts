/**
 * What /api/revalidate accepts and answers, through the real handler over the bundled dataset: docs/publishing.md's
 * projection and Sanity's default body (the whole document, when a webhook has no projection) both publish;
 * every refusal has its own status, in a fixed order, and writes a few log lines a minute at most.
 */
import fs from 'node:fs'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { handlePublish } from '../../lib/publish/webhook'
import { MAX_WEBHOOK_BODY, changeSchema } from '../../lib/content/publishing'
import { LIMITED_LINES_PER_MINUTE } from '../../lib/log'
import { BUNDLED_DATASET, localApi } from '../support/content'

type Raw = Record<string, unknown> & { _id: string }
const rawDocuments = fs
  .readFileSync(BUNDLED_DATASET, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Raw)
const wholeDocument = (id: string): Raw => {
  const found = rawDocuments.find((d) => d._id === id)
  if (!found) throw new Error(`no ${id} in the bundled dataset`)
  return structuredClone(found)
}
const PROJECTION_BODY = { _id: 'disease-calciphylaxis', _type: 'disease', slug: 'calciphylaxis', language: 'en' }
const { api } = localApi()

describe('the webhook body', () => {
  it('reads the id, type and slug from the whole document, ignoring its other fields', () => {
    const doc = wholeDocument('disease-calciphylaxis')
    // What Sanity sends without a projection: the slug object and every field of the entry.
    expect(doc.slug).toEqual({ _type: 'slug', current: 'calciphylaxis' })
    expect(Object.keys(doc).length).toBeGreaterThan(10)
    expect(changeSchema.parse(doc)).toEqual(PROJECTION_BODY)
  })

  it('reads the projection as before, before-state included', () => {
    const body = { ...PROJECTION_BODY, previousSlug: 'calcinosis', previousReferences: ['disease-cellulitis'] }
    expect(changeSchema.parse(body)).toEqual(body)
  })

  it('takes a draft for its published document, as references to drafts are taken', () => {
    expect(
      changeSchema.parse({ ...wholeDocument('disease-calciphylaxis'), _id: 'drafts.disease-calciphylaxis' }),
    ).toEqual(PROJECTION_BODY)
    expect(
      changeSchema.parse({ ...PROJECTION_BODY, previousReferences: ['drafts.disease-cellulitis'] }).previousReferences,
    ).toEqual(['disease-cellulitis'])
  })

  it('a document without a slug (a reviewer) or with an empty slug object has no slug', () => {
    expect(changeSchema.parse(wholeDocument('person-editorial-team'))).toEqual({
      _id: 'person-editorial-team',
      _type: 'person',
    })
    expect(changeSchema.parse({ ...PROJECTION_BODY, slug: { _type: 'slug' } }).slug).toBeUndefined()
  })

  it.each([
    [{ _type: 'disease', slug: 'calciphylaxis' }, '_id', 'the document id is missing or not text'],
    [{ _id: 'disease-calciphylaxis' }, '_type', 'the document type is missing or not text'],
    [{ _id: 'drafts.', _type: 'disease' }, '_id', 'not a document id'],
    [{ _id: 'disease/../x', _type: 'disease' }, '_id', 'not a document id'],
    [{ ...PROJECTION_BODY, slug: 42 }, 'slug', 'the slug is neither text nor a slug object ({ current: text })'],
    [
      { ...PROJECTION_BODY, slug: { current: 42 } },
      'slug',
      'the slug is neither text nor a slug object ({ current: text })',
    ],
  ])('refuses %j, saying which field and why', (body, field, message) => {
    const result = changeSchema.safeParse(body)
    expect(result.success).toBe(false)
    expect([result.error?.issues[0]?.path.join('.'), result.error?.issues[0]?.message]).toEqual([field, message])
  })

  it.each([[[]], [null], ['a string'], [42]])('refuses a body that is not an object: %j', (body) => {
    expect(changeSchema.safeParse(body).success).toBe(false)
  })

  it('the whole document revalidates what the projection does without a before-state: its pages, its lists, what it links to and is linked from', async () => {
    const fromDocument = await api.getRevalidationTags(changeSchema.parse(wholeDocument('disease-calciphylaxis')))
    expect(fromDocument).toEqual(await api.getRevalidationTags(changeSchema.parse(PROJECTION_BODY)))
    expect(fromDocument.slice(0, 2)).toEqual(['entry:calciphylaxis', 'entries'])
    expect(fromDocument).toEqual(
      expect.arrayContaining(['categories', 'entry:chronic-kidney-disease', 'category:skin']),
    )
  })
})

describe('the webhook handler', () => {
  const SECRET = 'unit-webhook-secret'
  const saved = { ...process.env }
  const warnings: string[] = []
  let warnSpy: jest.SpyInstance

  beforeAll(() => {
    process.env.CONTENT_DATASET = BUNDLED_DATASET
    delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
    delete process.env.SANITY_WEBHOOK_CONSISTENCY_WAIT_MS
    warnSpy = jest
      .spyOn(console, 'warn')
      .mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')))
  })
  beforeEach(() => {
    process.env.SANITY_REVALIDATE_SECRET = SECRET
  })
  afterAll(() => {
    warnSpy.mockRestore()
    process.env = saved
  })

  interface Call {
    /** null: no signature header; otherwise the secret to sign with (default: the site's). */
    signWith?: string | null
    timestamp?: number
  }
  async function call(body: unknown, { signWith = SECRET, timestamp = Date.now() }: Call = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (signWith !== null) headers[SIGNATURE_HEADER_NAME] = await encodeSignatureHeader(text, timestamp, signWith)
    const revalidated: string[] = []
    const res = await handlePublish(
      new Request('http://localhost/api/revalidate', { method: 'POST', headers, body: text }),
      (tag) => void revalidated.push(tag),
    )
    const json = (await res.json()) as { error?: string; field?: string; tags?: string[]; document?: string }
    return { status: res.status, json, revalidated }
  }
  const tooLarge = { ...PROJECTION_BODY, padding: 'x'.repeat(MAX_WEBHOOK_BODY) }
  const stale = Date.now() - 60 * 60 * 1000

  it('publishes the whole document, as Sanity sends it without a projection', async () => {
    const res = await call(wholeDocument('disease-calciphylaxis'))
    expect([res.status, res.json.document]).toEqual([200, 'disease-calciphylaxis'])
    expect(res.revalidated).toEqual(res.json.tags)
    expect(res.revalidated).toEqual(
      expect.arrayContaining(['entry:calciphylaxis', 'entries', 'entry:chronic-kidney-disease']),
    )
  })

  it('publishes a long entry sent whole (over 128 KB), and a draft as its published document', async () => {
    const long = wholeDocument('disease-calciphylaxis')
    long.summary = `${long.summary as string} ${'A long sentence about the condition. '.repeat(4000)}`
    expect(Buffer.byteLength(JSON.stringify(long))).toBeGreaterThan(128 * 1024)
    expect((await call(long)).status).toBe(200)
    const draft = await call({ ...wholeDocument('disease-calciphylaxis'), _id: 'drafts.disease-calciphylaxis' })
    expect([draft.status, draft.json.document]).toEqual([200, 'disease-calciphylaxis'])
    expect(draft.revalidated).toContain('entry:calciphylaxis')
  })

  it('answers an unsigned call 401 whether or not the secret is set', async () => {
    expect((await call(PROJECTION_BODY, { signWith: null })).status).toBe(401)
    delete process.env.SANITY_REVALIDATE_SECRET
    const unconfigured = await call(PROJECTION_BODY, { signWith: null })
    expect([unconfigured.status, unconfigured.revalidated]).toEqual([401, []])
    // Before the size: an unsigned call is not read at all.
    expect((await call(tooLarge, { signWith: null })).status).toBe(401)
  })

  it('answers a signed call 503 when the site has no secret to check it with, and logs why', async () => {
    delete process.env.SANITY_REVALIDATE_SECRET
    const res = await call(PROJECTION_BODY)
    expect([res.status, res.revalidated]).toEqual([503, []])
    expect(res.json.error).toMatch(/SANITY_REVALIDATE_SECRET is not set/)
    expect(warnings.some((l) => l.startsWith('[publish] ') && l.includes('SANITY_REVALIDATE_SECRET is not set'))).toBe(
      true,
    )
    process.env.SANITY_REVALIDATE_SECRET = '   '
    expect((await call(PROJECTION_BODY)).status).toBe(503)
  })

  it('answers 413 for a body over the limit, before checking its signature, and says to add the projection', async () => {
    for (const signWith of [SECRET, 'wrong-secret']) {
      const res = await call(tooLarge, { signWith })
      expect([res.status, res.revalidated]).toEqual([413, []])
      expect(res.json.error).toBe(
        `The webhook body is larger than ${MAX_WEBHOOK_BODY} bytes: add the projection from docs/publishing.md ("The webhook (Sanity mode)") to the webhook in sanity.io/manage, so that Sanity sends only the document's id, type and slug.`,
      )
    }
  })

  it('then checks the signature, its age, JSON and the shape, in that order', async () => {
    const answers = [
      await call(PROJECTION_BODY, { signWith: 'wrong-secret' }),
      await call('not json', { signWith: 'wrong-secret' }),
      await call(PROJECTION_BODY, { timestamp: stale }),
      await call('not json', { timestamp: stale }),
      await call('not json'),
      await call({ _type: 'disease' }),
    ]
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 400, 400])
    for (const a of answers) expect(a.revalidated).toEqual([])
    expect(answers[4].json.error).toBe('The webhook body is not JSON.')
    expect(answers[5].json).toMatchObject({
      field: '_id',
      error: expect.stringContaining("needs the document's _id and _type"),
    })
  })

  it('writes at most a few lines a minute for each kind of refused call', async () => {
    const kinds: [RegExp, () => Promise<unknown>][] = [
      [/reason="missing signature"/, () => call(PROJECTION_BODY, { signWith: null })],
      [/reason="bad signature"/, () => call(PROJECTION_BODY, { signWith: 'wrong-secret' })],
      [/reason="signature timestamp too old or missing"/, () => call(PROJECTION_BODY, { timestamp: stale })],
      [/body too large/, () => call(tooLarge)],
      [/body is not JSON/, () => call('not json')],
      [/body does not describe a document/, () => call({ _type: 'disease' })],
    ]
    for (const [, send] of kinds) for (let i = 0; i < 3 * LIMITED_LINES_PER_MINUTE; i++) await send()
    delete process.env.SANITY_REVALIDATE_SECRET
    for (let i = 0; i < 3 * LIMITED_LINES_PER_MINUTE; i++) await call(PROJECTION_BODY)
    kinds.push([/SANITY_REVALIDATE_SECRET is not set/, async () => undefined])
    for (const [pattern] of kinds) {
      const lines = warnings.filter((l) => l.startsWith('[publish] ') && pattern.test(l))
      expect([pattern.source, lines.length >= 1 && lines.length <= LIMITED_LINES_PER_MINUTE]).toEqual([
        pattern.source,
        true,
      ])
    }
  })
})
