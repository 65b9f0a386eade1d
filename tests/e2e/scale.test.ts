/**
 * Scale-out: two server instances share one Redis cache (REDIS_URL). A page rendered by one is a cache
 * hit on the other; a publish received by one reaches readers of the other; with Redis stopped both keep
 * answering from their local caches, and when it returns they rejoin, changes included. Waits are bounded
 * generously (support/webhook.ts `eventually`); nothing here is timed.
 */
import { startRedis, type RedisServer } from '../../scripts/lib/redis-server'
import { copyDataset, titleOf, type DatasetCopy } from './support/dataset'
import { get, startSite, type Site } from './support/site'
import { WEBHOOK_SECRET, eventually, sendWebhook } from './support/webhook'

let redis: RedisServer
let a: Site
let b: Site
let dataset: DatasetCopy

const CALCIPHYLAXIS = { _id: 'disease-calciphylaxis', _type: 'disease', slug: 'calciphylaxis' }
const retitle = (title: string) => dataset.edit('disease-calciphylaxis', (d) => (d.title = title))
const titleOn = async (site: Site) => titleOf((await get(site.url, '/diseases/calciphylaxis')).text)

beforeAll(async () => {
  dataset = copyDataset('scale')
  redis = await startRedis()
  const env = { CONTENT_DATASET: dataset.file, SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET, REDIS_URL: redis.url }
  a = await startSite('.build/local', env)
  b = await startSite('.build/local', env)
})

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await redis?.stop()
  dataset?.remove()
})

describe('two instances sharing a Redis cache', () => {
  it('serves a publish received by instance A on instance B', async () => {
    expect(await titleOn(b)).toBe('Calciphylaxis')
    retitle('Calciphylaxis (published on A)')
    expect((await sendWebhook(a.url, CALCIPHYLAXIS)).status).toBe(200)
    // Without a shared cache B would keep its own copy: it never hears of the publish.
    await eventually(async () => (await titleOn(b)) === 'Calciphylaxis (published on A)', {
      what: "instance A's publish served by instance B",
    })
  })

  it('answers from a page rendered by instance A as a cache hit on instance B', async () => {
    // A renders the pages that link to the entry again after the publish; B has not been asked for this one.
    const linking = '/diseases/chronic-kidney-disease'
    await eventually(
      async () => {
        const page = await get(a.url, linking)
        return page.headers.get('x-nextjs-cache') === 'HIT' && page.text.includes('Calciphylaxis (published on A)')
      },
      { what: `A's fresh render of ${linking}, with the new title, in its cache` },
    )
    // B's own copy is the build's (old title, stale since the publish); a fresh hit with the new title can
    // only be A's render, read from Redis.
    const onB = await get(b.url, linking)
    expect(onB.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(onB.text).toContain('Calciphylaxis (published on A)')
  })

  it('keeps both instances answering while Redis is down, logging it once, and rejoins when it returns', async () => {
    await redis.stop()
    const paths = [
      '/diseases/calciphylaxis',
      '/',
      '/diseases',
      '/diseases/cirrhosis',
      '/categories',
      '/api/v1/entries/calciphylaxis',
      '/embed/calciphylaxis',
      '/feed.xml',
    ]
    for (const site of [a, b])
      for (const path of paths) expect([path, (await get(site.url, path)).status]).toEqual([path, 200])

    // A publish during the outage works on the instance that receives it…
    retitle('Calciphylaxis (published during the outage)')
    expect((await sendWebhook(a.url, CALCIPHYLAXIS)).status).toBe(200)
    await eventually(async () => (await titleOn(a)) === 'Calciphylaxis (published during the outage)', {
      what: 'the publish made during the outage served by A',
    })
    for (const site of [a, b])
      for (const path of paths) expect([path, (await get(site.url, path)).status]).toEqual([path, 200])
    const unreachable = (site: Site) =>
      site.output().match(/\[cache\] shared cache unreachable; this instance serves from its local cache/g) ?? []
    // (A server logs through a pipe: wait for the line, then check there is only one.)
    await eventually(() => [a, b].every((site) => unreachable(site).length > 0), {
      what: 'both instances logging that Redis is unreachable',
    })
    for (const site of [a, b]) expect(unreachable(site)).toHaveLength(1)

    // …and reaches the other one once Redis is back.
    await redis.restart()
    await eventually(() => [a, b].every((site) => site.output().includes('[cache] shared cache answering again')), {
      what: 'both instances logging that Redis answers again',
    })
    await eventually(async () => (await titleOn(b)) === 'Calciphylaxis (published during the outage)', {
      what: 'the publish made during the outage served by B',
    })
  })
})
