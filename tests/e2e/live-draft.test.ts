/**
 * Local mode's live preview in a real browser: a draft page that is open while the dataset file changes
 * shows the change without a reload; a reader's page has none of the preview's machinery.
 */
import { copyDataset, type DatasetCopy, type Doc } from './support/dataset'
import { launchBrowser, type Browser } from './support/browser'
import { get, startSite, type Site } from './support/site'

const PREVIEW_SECRET = 'live-preview-secret'
let site: Site
let dataset: DatasetCopy
let browser: Browser

beforeAll(async () => {
  dataset = copyDataset('live-draft')
  site = await startSite('.build/local', { CONTENT_DATASET: dataset.file, SANITY_PREVIEW_SECRET: PREVIEW_SECRET })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await site?.stop()
  dataset?.remove()
})

describe('a draft page in local mode', () => {
  it('follows the dataset file within 2 s, without a reload', async () => {
    const docs = dataset.docs()
    const published = docs.find((d) => d._id === 'disease-calciphylaxis') as Doc
    docs.push({ ...published, _id: 'drafts.disease-calciphylaxis', summary: 'FIRST DRAFT of the summary.' })
    dataset.write(docs)

    const page = await browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    let documentLoads = 0
    page.on('load', () => documentLoads++)
    await page.goto(`${site.url}/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=/diseases/calciphylaxis`)
    await page.getByText('FIRST DRAFT of the summary.').waitFor({ timeout: 15_000 })
    const loadsBefore = documentLoads
    // Give the page a moment to take the dataset's version it will compare with.
    await page.waitForResponse((r) => r.url().endsWith('/api/draft-mode/version') && r.ok(), { timeout: 5_000 })

    dataset.edit('drafts.disease-calciphylaxis', (d) => (d.summary = 'SECOND DRAFT, typed a moment ago.'))
    const changedAt = Date.now()
    await page.getByText('SECOND DRAFT, typed a moment ago.').waitFor({ timeout: 2_000 })
    const tookMs = Date.now() - changedAt
    expect(tookMs).toBeLessThan(2_000)
    expect(documentLoads).toBe(loadsBefore)
    expect(await page.getByText('FIRST DRAFT of the summary.').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it("answers the version only inside a preview; a reader's page never asks for it", async () => {
    const outside = await get(site.url, '/api/draft-mode/version')
    expect(outside.status).toBe(404)
    expect(outside.headers.get('cache-control')).toMatch(/no-store/)
    // A reader: no draft-mode cookie.
    await browser.context.clearCookies()
    const reader = await browser.context.newPage()
    const asked: string[] = []
    reader.on('request', (r) => {
      if (r.url().includes('/api/draft-mode/')) asked.push(r.url())
    })
    await reader.goto(`${site.url}/diseases/calciphylaxis`)
    await reader.getByRole('heading', { level: 1 }).waitFor()
    expect(await reader.getByText('SECOND DRAFT').count()).toBe(0)
    // Several of the draft page's polling intervals.
    await reader.waitForTimeout(1500)
    expect(asked).toEqual([])
    await reader.close()
  })
})
