/**
 * The edge recipe (deploy/nginx/) in front of the site server, as readers, editors and CDNs meet it: responses
 * labelled for shared caches with their content tags, repeat requests answered by nginx, a publish served
 * through the edge (and purged from Fastly and Cloudflare stand-ins, retried, without delaying the webhook),
 * previews never cached, and the last good pages served when every instance is down. Waits are bounded
 * generously (support/webhook.ts `eventually`); nothing here is timed.
 */
import { startEdge, type Nginx } from '../../scripts/lib/nginx'
import { startCdnStandIn, type CdnStandIn } from '../support/cdn-stand-in'
import { copyDataset, titleOf, type DatasetCopy, type Doc } from './support/dataset'
import { freePort, get, startSite, type Site } from './support/site'
import { WEBHOOK_SECRET, eventually, expectLogged, sendWebhook } from './support/webhook'

const PREVIEW_SECRET = 'test-preview-secret'
const REFRESH_TOKEN = 'test-refresh-token'
let site: Site
let edge: Nginx
let cdn: CdnStandIn
let dataset: DatasetCopy

const through = (path: string, init?: RequestInit) => get(edge.url, path, init)
const cacheStatus = async (path: string) => (await through(path)).headers.get('x-cache-status')

beforeAll(async () => {
  dataset = copyDataset('edge')
  cdn = await startCdnStandIn()
  const edgePort = await freePort()
  site = await startSite('.build/local', {
    CONTENT_DATASET: dataset.file,
    SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET,
    SANITY_PREVIEW_SECRET: PREVIEW_SECRET,
    FASTLY_SERVICE_ID: 'encyclopedia-service',
    FASTLY_API_TOKEN: 'fastly-test-token',
    FASTLY_API_URL: cdn.url,
    CLOUDFLARE_ZONE_ID: 'encyclopedia-zone',
    CLOUDFLARE_API_TOKEN: 'cloudflare-test-token',
    CLOUDFLARE_API_URL: cdn.url,
    EDGE_PURGE_RETRY_MS: '200',
    EDGE_REFRESH_URLS: `http://127.0.0.1:${edgePort}`,
    EDGE_REFRESH_TOKEN: REFRESH_TOKEN,
  })
  edge = await startEdge([`127.0.0.1:${site.port}`], { port: edgePort, refreshToken: REFRESH_TOKEN })
})

afterAll(async () => {
  await edge?.stop()
  await site?.stop()
  await cdn?.close()
  dataset?.remove()
})

describe('the nginx edge in front of the site server', () => {
  it('labels every cacheable response for shared caches, with the content tags it was built from', async () => {
    const expected: [string, string][] = [
      ['/', 'entries categories'],
      ['/diseases', 'entries'],
      ['/diseases/calciphylaxis', 'entry:calciphylaxis entries'],
      ['/categories', 'categories'],
      ['/categories/vascular', 'category:vascular categories'],
      ['/explore', 'entries'],
      ['/embed/calciphylaxis', 'entry:calciphylaxis'],
      ['/api/v1/entries/calciphylaxis', 'entry:calciphylaxis'],
      ['/api/v1/entries', 'entries'],
      ['/feed.xml', 'entries'],
    ]
    for (const [path, keys] of expected) {
      const res = await through(path)
      expect([path, res.status]).toEqual([path, 200])
      expect([path, res.headers.get('cache-control')]).toEqual([
        path,
        expect.stringMatching(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/),
      ])
      expect([path, res.headers.get('surrogate-key')]).toEqual([path, keys])
      expect([path, res.headers.get('cache-tag')]).toEqual([path, keys.replaceAll(' ', ',')])
    }
  })

  it('answers the second request for a page from its cache', async () => {
    // (fetch asks for gzip, as browsers do.)
    expect(await cacheStatus('/diseases/cirrhosis')).toBe('MISS')
    const again = await through('/diseases/cirrhosis')
    expect([again.headers.get('x-cache-status'), again.headers.get('content-encoding')]).toEqual(['HIT', 'gzip'])
    // Clients that take no compression get their own copy.
    const identity = { headers: { 'accept-encoding': 'identity' } }
    expect((await through('/diseases/cirrhosis', identity)).headers.get('x-cache-status')).toBe('MISS')
    const plain = await through('/diseases/cirrhosis', identity)
    expect([plain.headers.get('x-cache-status'), plain.headers.get('content-encoding')]).toEqual(['HIT', null])
    // Only the instances' refresh token makes nginx skip its copy.
    expect(
      (await through('/diseases/cirrhosis', { headers: { 'x-edge-refresh': 'guess' } })).headers.get('x-cache-status'),
    ).toBe('HIT')
  })

  it('never caches a draft preview, and never shows it to readers', async () => {
    const docs = dataset.docs()
    const published = docs.find((d) => d._id === 'disease-cirrhosis') as Doc
    docs.push({
      ...published,
      _id: 'drafts.disease-cirrhosis',
      summary: `${published.summary as string} DRAFT SENTENCE.`,
    })
    dataset.write(docs)

    const enable = await through(`/api/draft-mode/enable?secret=${PREVIEW_SECRET}&redirect=/diseases/cirrhosis`)
    expect(enable.status).toBe(307)
    const cookie = (enable.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^__prerender_bypass=/)
    await eventually(
      async () => (await through('/diseases/cirrhosis', { headers: { cookie } })).text.includes('DRAFT SENTENCE'),
      {
        what: 'the draft in preview through the edge',
      },
    )
    for (let i = 0; i < 2; i++) {
      const preview = await through('/diseases/cirrhosis', { headers: { cookie } })
      expect(preview.headers.get('x-cache-status')).toBe('BYPASS')
      expect(preview.headers.get('cache-control')).toMatch(/^private, .*no-store/)
      expect(preview.headers.get('surrogate-key')).toBeNull()
      expect(preview.text).toContain('Preview: unpublished changes')
    }
    // Readers get the published page from nginx and, once nginx's copy is out of date, from Next.js; never the
    // draft. Rather than sleeping past the micro-cache's second: ask until nginx has gone back to Next.js (an
    // answer other than HIT) and served what it got (the next HIT), then three more times; every answer counts.
    const readers: { status: string | null; draft: boolean; banner: boolean }[] = []
    const ask = async () => {
      const reader = await through('/diseases/cirrhosis')
      readers.push({
        status: reader.headers.get('x-cache-status'),
        draft: reader.text.includes('DRAFT SENTENCE'),
        banner: reader.text.includes('Preview: unpublished changes'),
      })
      return readers.at(-1)?.status
    }
    await eventually(async () => (await ask()) === 'HIT' && readers.some((r) => r.status !== 'HIT'), {
      what: 'a reader answer from a copy nginx fetched again from Next.js after the preview',
    })
    for (let i = 0; i < 3; i++) await ask()
    expect(readers.filter((r) => r.draft || r.banner)).toEqual([])
  })

  it('serves an edit published with a signed webhook through the edge, then purges the CDNs', async () => {
    expect(titleOf((await through('/diseases/calciphylaxis')).text)).toBe('Calciphylaxis')
    cdn.failNext('cloudflare', 1)
    dataset.edit('disease-calciphylaxis', (d) => (d.title = 'Calciphylaxis (edited)'))

    // Sanity reaches the site through the edge; the webhook itself is never cached.
    const webhook = await sendWebhook(edge.url, {
      _id: 'disease-calciphylaxis',
      _type: 'disease',
      slug: 'calciphylaxis',
    })
    expect(webhook.status).toBe(200)
    // The purge happens after answering (and after the pages are fresh), so it never holds the webhook up.
    expect(cdn.calls).toHaveLength(0)
    await eventually(
      async () => titleOf((await through('/diseases/calciphylaxis')).text) === 'Calciphylaxis (edited)',
      {
        what: 'the edited title through the edge',
      },
    )

    // Fastly: one soft purge of the revalidated tags; Cloudflare: refused once, then retried.
    await eventually(() => cdn.purged('fastly').length === 1 && cdn.purged('cloudflare').length === 1, {
      what: 'one purge at Fastly and one (retried) at Cloudflare',
    })
    const tags = webhook.body?.tags ?? []
    expect(tags).toEqual(expect.arrayContaining(['entry:calciphylaxis', 'entries', 'entry:chronic-kidney-disease']))
    expect(cdn.purged('fastly')[0]).toEqual(tags)
    expect(cdn.purged('cloudflare')[0]).toEqual(tags)
    const fastly = cdn.calls.find((c) => c.cdn === 'fastly')
    expect(fastly?.path).toBe('/service/encyclopedia-service/purge')
    expect(fastly?.headers['fastly-key']).toBe('fastly-test-token')
    expect(fastly?.headers['fastly-soft-purge']).toBe('1')
    const cloudflare = cdn.calls.filter((c) => c.cdn === 'cloudflare')
    expect(cloudflare.map((c) => [c.path, c.status, c.headers.authorization])).toEqual([
      ['/zones/encyclopedia-zone/purge_cache', 500, 'Bearer cloudflare-test-token'],
      ['/zones/encyclopedia-zone/purge_cache', 200, 'Bearer cloudflare-test-token'],
    ])
    // The stand-in records a call as it answers; the site logs the outcome a moment later, through a pipe.
    await expectLogged(site.output, /\[edge\] purge failed; retrying · cdn=cloudflare attempt=1 of=5 reason=/)
    await expectLogged(site.output, /\[edge\] purged · cdn=cloudflare tags=entry:calciphylaxis,entries,.* attempt=2/)
  })

  it('keeps serving the last good copy of pages it has seen when every instance is down', async () => {
    const seen = ['/diseases/calciphylaxis', '/diseases/cirrhosis', '/', '/feed.xml']
    for (const path of seen) await through(path)
    await site.stop()
    for (const path of seen) {
      // Once a copy is out of date (1 to 2 s), nginx asks the instance, gets no answer, and serves the copy.
      let answer: [number, string | null] = [0, null]
      await eventually(
        async () => {
          const res = await through(path)
          answer = [res.status, res.headers.get('x-cache-status')]
          return answer[1] !== 'HIT'
        },
        { what: `nginx's copy of ${path} going out of date` },
      )
      expect([path, ...answer]).toEqual([path, 200, 'STALE'])
    }
    expect(titleOf((await through('/diseases/calciphylaxis')).text)).toBe('Calciphylaxis (edited)')
    // A page nobody asked for before cannot be made up.
    expect((await through('/categories/blood-and-clotting')).status).toBe(502)
  })
})
