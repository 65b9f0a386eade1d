/**
 * Publishing in local mode against the production build: edit the dataset file, publish with
 * `npm run content:publish`, see the change (and the titles on linking pages) within 2 s; refused webhooks
 * change nothing; drafts are visible only in preview, which is never cached.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { copyDataset, titleOf, type DatasetCopy, type Doc } from './support/dataset'
import { ROOT, get, startSite, type Site } from './support/site'
import { WEBHOOK_SECRET, expectLogged, sendWebhook, within } from './support/webhook'

const PREVIEW_SECRET = 'test-preview-secret'
let site: Site
let dataset: DatasetCopy

const readDocs = () => dataset.docs()
const writeDocs = (docs: Doc[]) => dataset.write(docs)
const edit = (id: string, change: (doc: Doc) => void) => dataset.edit(id, change)

function publish(id: string) {
  return spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/content-publish.ts', id, '--url', site.url], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DATASET: dataset.file, SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET },
    encoding: 'utf8',
  })
}

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
  it('serves a cached page, then the edited entry within 2 s of content:publish, with titles updated on linking pages', async () => {
    await get(site.url, '/diseases/calciphylaxis')
    const cached = await get(site.url, '/diseases/calciphylaxis')
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')

    edit('disease-calciphylaxis', (d) => (d.title = 'Calciphylaxis (edited)'))
    const started = Date.now()
    const result = publish('disease-calciphylaxis')
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/Published disease-calciphylaxis: revalidated \d+ tags \(.*entry:calciphylaxis/)
    expect(result.status).toBe(0)
    await within(2000 - (Date.now() - started), async () => titleOf((await get(site.url, '/diseases/calciphylaxis')).text) === 'Calciphylaxis (edited)')
    await within(3000, async () => (await get(site.url, '/diseases/chronic-kidney-disease')).text.includes('Calciphylaxis (edited)'))
    await within(3000, async () => (await get(site.url, '/diseases')).text.includes('Calciphylaxis (edited)'))
  })

  it('refuses unsigned, wrongly signed, replayed and oversized webhooks, and revalidates nothing', async () => {
    edit('disease-calciphylaxis', (d) => (d.title = 'Calciphylaxis (unpublished edit)'))
    const body = { _id: 'disease-calciphylaxis', _type: 'disease', slug: 'calciphylaxis' }
    expect((await sendWebhook(site.url, body, { secret: null })).status).toBe(401)
    expect((await sendWebhook(site.url, body, { secret: 'wrong-secret' })).status).toBe(401)
    expect((await sendWebhook(site.url, body, { timestamp: Date.now() - 60 * 60 * 1000 })).status).toBe(401)
    const big = await sendWebhook(site.url, { ...body, padding: 'x'.repeat(100_000) })
    expect(big.status).toBe(413)
    const notJson = await sendWebhook(site.url, 'not json at all')
    expect(notJson.status).toBe(400)
    const noId = await sendWebhook(site.url, { _type: 'disease' })
    expect([noId.status, noId.body]).toEqual([400, expect.objectContaining({ field: '_id' })])
    await new Promise((r) => setTimeout(r, 1500))
    for (let i = 0; i < 2; i++) expect(titleOf((await get(site.url, '/diseases/calciphylaxis')).text)).toBe('Calciphylaxis (edited)')
    await expectLogged(site.output, /\[publish\] webhook refused; nothing revalidated · reason="bad signature"/)
    edit('disease-calciphylaxis', (d) => (d.title = 'Calciphylaxis (edited)'))
  })

  it('shows a draft only in preview, with a banner, never cached, and only with the secret', async () => {
    const docs = readDocs()
    const published = docs.find((d) => d._id === 'disease-calciphylaxis') as Doc
    docs.push({ ...published, _id: 'drafts.disease-calciphylaxis', summary: `${published.summary as string} DRAFT SENTENCE.` })
    writeDocs(docs)

    expect((await get(site.url, '/api/draft-mode/enable?secret=wrong&redirect=/diseases/calciphylaxis')).status).toBe(401)
    const enable = await get(site.url, `/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=/diseases/calciphylaxis`)
    expect(enable.status).toBe(307)
    expect(enable.headers.get('location')).toMatch(/\/diseases\/calciphylaxis$/)
    const cookie = (enable.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^__prerender_bypass=/)

    await within(3000, async () => (await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })).text.includes('DRAFT SENTENCE'))
    const preview = await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })
    expect(preview.text).toContain('Preview: unpublished changes')
    expect(preview.headers.get('cache-control')).toMatch(/no-store/)
    // Not cached: a further edit of the draft shows on the next preview request, without any publish.
    edit('drafts.disease-calciphylaxis', (d) => (d.summary = `${published.summary as string} SECOND DRAFT.`))
    await within(3000, async () => (await get(site.url, '/diseases/calciphylaxis', { headers: { cookie } })).text.includes('SECOND DRAFT'))

    const reader = await get(site.url, '/diseases/calciphylaxis')
    expect(reader.text).not.toContain('DRAFT SENTENCE')
    expect(reader.text).not.toContain('Preview: unpublished changes')

    const offsite = await get(site.url, `/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=//evil.example/x`)
    expect(offsite.headers.get('location')).toMatch(/^(http:\/\/localhost:\d+)?\/$/)
    const disable = await get(site.url, '/api/draft-mode/disable?redirect=/diseases/calciphylaxis', { headers: { cookie } })
    expect(disable.status).toBe(307)
    expect(disable.headers.get('set-cookie')).toMatch(/__prerender_bypass=;/)
  })
})
