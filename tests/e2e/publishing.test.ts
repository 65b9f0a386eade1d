/**
 * Publishing in local mode against the production build: edit the dataset file, publish with
 * `npm run content:publish`, see the change (and the titles on linking pages); refused webhooks change
 * nothing; Sanity's default body (the whole document) publishes too; drafts are visible only in preview,
 * which is never cached. These tests wait for each change (up to 30 s) and never time it: how fast a publish
 * reaches readers is measured by `npm run bench:publish`.
 */
import { copyDataset, titleOf, type DatasetCopy, type Doc } from './support/dataset'
import { get, startSite, type Site } from './support/site'
import { MAX_WEBHOOK_BODY } from '../../lib/content/publishing'
import { WEBHOOK_SECRET, eventually, publishLocally, expectLogged, sendWebhook } from './support/webhook'

const PREVIEW_SECRET = 'test-preview-secret'
let site: Site
let dataset: DatasetCopy

const readDocs = () => dataset.docs()
const writeDocs = (docs: Doc[]) => dataset.write(docs)
const edit = (id: string, change: (doc: Doc) => void) => dataset.edit(id, change)

const publish = (id: string) => publishLocally(site.url, dataset.file, id)

beforeAll(async () => {
  dataset = copyDataset('publishing')
  site = await startSite('.build/local', {
    CONTENT_DATASET: dataset.file,
    SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET,
    SANITY_PREVIEW_SECRET: PREVIEW_SECRET,
  })
})

afterAll(async () => {
  await site?.stop()
  dataset?.remove()
})

describe('publishing in local mode', () => {
  it('serves a cached page, then the edited entry after content:publish, with titles updated on linking pages', async () => {
    await get(site.url, '/diseases/calciphylaxis')
    const cached = await get(site.url, '/diseases/calciphylaxis')
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
    const suggestions = async () => (await get(site.url, '/api/search?q=calciphylaxis')).text
    // The search index is built now, so the publish below makes it rebuild (after a response, in the background).
    expect(await suggestions()).toContain('"Calciphylaxis"')

    edit('disease-calciphylaxis', (d) => (d.title = 'Calciphylaxis (edited)'))
    const result = publish('disease-calciphylaxis')
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/Published disease-calciphylaxis: revalidated \d+ tags \(.*entry:calciphylaxis/)
    expect(result.status).toBe(0)
    await eventually(
      async () => titleOf((await get(site.url, '/diseases/calciphylaxis')).text) === 'Calciphylaxis (edited)',
      {
        what: 'the edited title on /diseases/calciphylaxis',
      },
    )
    await eventually(
      async () => (await get(site.url, '/diseases/chronic-kidney-disease')).text.includes('Calciphylaxis (edited)'),
      {
        what: 'the edited title on the linking page /diseases/chronic-kidney-disease',
      },
    )
    await eventually(async () => (await get(site.url, '/diseases')).text.includes('Calciphylaxis (edited)'), {
      what: 'the edited title on the A–Z page',
    })
    await eventually(async () => (await suggestions()).includes('Calciphylaxis (edited)'), {
      what: 'the edited title in search suggestions, from the rebuilt index',
    })
  })

  it('refuses unsigned, wrongly signed, replayed and oversized webhooks, and revalidates nothing', async () => {
    // The page is cached and fresh: a webhook that revalidated it would make the next answer STALE.
    await eventually(
      async () => (await get(site.url, '/diseases/calciphylaxis')).headers.get('x-nextjs-cache') === 'HIT',
      {
        what: 'a fresh cached copy of /diseases/calciphylaxis',
      },
    )
    edit('disease-calciphylaxis', (d) => (d.title = 'Calciphylaxis (unpublished edit)'))
    const body = { _id: 'disease-calciphylaxis', _type: 'disease', slug: 'calciphylaxis' }
    expect((await sendWebhook(site.url, body, { secret: null })).status).toBe(401)
    expect((await sendWebhook(site.url, body, { secret: 'wrong-secret' })).status).toBe(401)
    expect((await sendWebhook(site.url, body, { timestamp: Date.now() - 60 * 60 * 1000 })).status).toBe(401)
    const big = await sendWebhook(site.url, { ...body, padding: 'x'.repeat(MAX_WEBHOOK_BODY) })
    expect(big.status).toBe(413)
    const notJson = await sendWebhook(site.url, 'not json at all')
    expect(notJson.status).toBe(400)
    const noId = await sendWebhook(site.url, { _type: 'disease' })
    expect([noId.status, noId.body]).toEqual([400, expect.objectContaining({ field: '_id' })])
    // Instead of waiting a while to see that nothing changed: the server says it refused each call, and the
    // page is still the fresh cached copy (a revalidated tag would make it STALE), with the published title.
    for (const refusal of [
      /\[publish\] webhook refused; nothing revalidated · reason="missing signature"/,
      /\[publish\] webhook refused; nothing revalidated · reason="bad signature"/,
      /\[publish\] webhook refused; nothing revalidated · reason="signature timestamp too old or missing"/,
      /\[publish\] webhook refused: body too large; nothing revalidated/,
      /\[publish\] webhook refused: body is not JSON; nothing revalidated/,
      /\[publish\] webhook refused: body does not describe a document; nothing revalidated · field=_id/,
    ])
      await expectLogged(site.output, refusal)
    for (let i = 0; i < 2; i++) {
      const page = await get(site.url, '/diseases/calciphylaxis')
      expect([page.headers.get('x-nextjs-cache'), titleOf(page.text)]).toEqual(['HIT', 'Calciphylaxis (edited)'])
    }
    edit('disease-calciphylaxis', (d) => (d.title = 'Calciphylaxis (edited)'))
  })

  it('shows a draft only in preview, with a banner, never cached, and only with the secret', async () => {
    const docs = readDocs()
    const published = docs.find((d) => d._id === 'disease-calciphylaxis') as Doc
    docs.push({
      ...published,
      _id: 'drafts.disease-calciphylaxis',
      summary: `${published.summary as string} DRAFT SENTENCE.`,
    })
    writeDocs(docs)

    expect((await get(site.url, '/api/draft-mode/enable?secret=wrong&redirect=/diseases/calciphylaxis')).status).toBe(
      401,
    )
    const enable = await get(
      site.url,
      `/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=/diseases/calciphylaxis`,
    )
    expect(enable.status).toBe(307)
    expect(enable.headers.get('location')).toMatch(/\/diseases\/calciphylaxis$/)
    const cookie = (enable.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^__prerender_bypass=/)

    await eventually(
      async () =>
        (await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })).text.includes('DRAFT SENTENCE'),
      {
        what: 'the draft in preview',
      },
    )
    const preview = await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })
    expect(preview.text).toContain('Preview: unpublished changes')
    expect(preview.headers.get('cache-control')).toMatch(/no-store/)
    // Not cached: a further edit of the draft shows on the next preview request, without any publish.
    edit('drafts.disease-calciphylaxis', (d) => (d.summary = `${published.summary as string} SECOND DRAFT.`))
    await eventually(
      async () =>
        (await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })).text.includes('SECOND DRAFT'),
      {
        what: 'the edited draft in preview, without a publish',
      },
    )

    const reader = await get(site.url, '/diseases/calciphylaxis')
    expect(reader.text).not.toContain('DRAFT SENTENCE')
    expect(reader.text).not.toContain('Preview: unpublished changes')

    const offsite = await get(site.url, `/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=//evil.example/x`)
    expect(offsite.headers.get('location')).toMatch(/^(http:\/\/localhost:\d+)?\/$/)
    const disable = await get(site.url, '/api/draft-mode/disable?redirect=/diseases/calciphylaxis', {
      headers: { cookie },
    })
    expect(disable.status).toBe(307)
    expect(disable.headers.get('set-cookie')).toMatch(/__prerender_bypass=;/)
  })
})

describe('the webhook as Sanity sends it', () => {
  it('publishes the whole document (a webhook without the projection), refreshing the entry and the A–Z page', async () => {
    edit('disease-calciphylaxis', (d) => (d.title = 'Calciphylaxis (sent whole)'))
    const whole = readDocs().find((d) => d._id === 'disease-calciphylaxis') as Doc
    expect(whole.slug).toEqual({ _type: 'slug', current: 'calciphylaxis' })
    const res = await sendWebhook(site.url, whole)
    expect([res.status, res.body?.document]).toEqual([200, 'disease-calciphylaxis'])
    expect(res.body?.tags).toEqual(
      expect.arrayContaining(['entry:calciphylaxis', 'entries', 'entry:chronic-kidney-disease']),
    )
    await eventually(
      async () => titleOf((await get(site.url, '/diseases/calciphylaxis')).text) === 'Calciphylaxis (sent whole)',
      {
        what: 'the title sent whole on /diseases/calciphylaxis',
      },
    )
    await eventually(async () => (await get(site.url, '/diseases')).text.includes('Calciphylaxis (sent whole)'), {
      what: 'the title sent whole on the A–Z page',
    })
  })

  it('answers a signed body over the limit with 413, saying to add the projection', async () => {
    const whole = readDocs().find((d) => d._id === 'disease-calciphylaxis') as Doc
    const res = await sendWebhook(site.url, { ...whole, padding: 'x'.repeat(MAX_WEBHOOK_BODY) })
    expect(res.status).toBe(413)
    expect(res.body?.error).toMatch(
      new RegExp(`larger than ${MAX_WEBHOOK_BODY} bytes: add the projection from docs/publishing.md`),
    )
  })

  it('answers an unsigned call 401, also on a site without SANITY_REVALIDATE_SECRET, where only a signed call gets 503', async () => {
    const body = { _id: 'disease-calciphylaxis', _type: 'disease', slug: 'calciphylaxis' }
    expect((await sendWebhook(site.url, body, { secret: null })).status).toBe(401)
    // The shared build: nothing is rendered or revalidated here, so its cache is left as it was.
    const unconfigured = await startSite('.build/local', { SANITY_REVALIDATE_SECRET: '' }, { shareBuild: true })
    try {
      const unsigned = await sendWebhook(unconfigured.url, body, { secret: null })
      expect([unsigned.status, unsigned.body?.error]).toEqual([401, 'Invalid or missing webhook signature.'])
      const signed = await sendWebhook(unconfigured.url, body)
      expect([signed.status, signed.body?.error]).toEqual([
        503,
        expect.stringContaining('SANITY_REVALIDATE_SECRET is not set'),
      ])
      await expectLogged(
        unconfigured.output,
        /\[publish\] signed webhook received but SANITY_REVALIDATE_SECRET is not set on this site; nothing revalidated/,
      )
    } finally {
      await unconfigured.stop()
    }
  })
})
