/**
 * The CDN purgers against a loopback stand-in of the Fastly and Cloudflare APIs: the calls each CDN expects,
 * batches within each API's limit, retries with back-off, and failures logged, never thrown.
 */
import { cloudflarePurger, fastlyPurger, purgeEdges, purgersFromEnv } from '@/lib/publish/purge'
import { edgeRefreshFromEnv } from '@/lib/publish/refresh'
import { startCdnStandIn, type CdnStandIn } from '../support/cdn-stand-in'

let cdn: CdnStandIn
const noWait = { sleep: async () => {} }

beforeEach(async () => {
  cdn = await startCdnStandIn()
})
afterEach(async () => {
  await cdn.close()
  jest.restoreAllMocks()
})

describe('purgers chosen by the environment', () => {
  it('uses Fastly and Cloudflare when their credentials are set, and neither otherwise', () => {
    expect(purgersFromEnv({}).purgers).toEqual([])
    const both = purgersFromEnv({
      FASTLY_SERVICE_ID: 's',
      FASTLY_API_TOKEN: 't',
      CLOUDFLARE_ZONE_ID: 'z',
      CLOUDFLARE_API_TOKEN: 'c',
    })
    expect(both.purgers.map((p) => p.name)).toEqual(['fastly', 'cloudflare'])
    expect(both.problems).toEqual([])
  })

  it('reports a half-configured CDN instead of guessing', () => {
    const { purgers, problems } = purgersFromEnv({ FASTLY_SERVICE_ID: 's', CLOUDFLARE_API_TOKEN: 'c' })
    expect(purgers).toEqual([])
    expect(problems).toEqual([
      'Fastly purge is off: set both FASTLY_SERVICE_ID and FASTLY_API_TOKEN',
      'Cloudflare purge is off: set both CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN',
    ])
  })
})

describe('nginx edge refresh chosen by the environment', () => {
  it('needs both the edges and the token', () => {
    expect(edgeRefreshFromEnv({})).toEqual({ problems: [] })
    expect(
      edgeRefreshFromEnv({ EDGE_REFRESH_URLS: 'http://10.0.0.5/, http://10.0.0.6', EDGE_REFRESH_TOKEN: 't' }),
    ).toEqual({
      refresh: { edges: ['http://10.0.0.5', 'http://10.0.0.6'], token: 't' },
      problems: [],
    })
    expect(edgeRefreshFromEnv({ EDGE_REFRESH_URLS: 'http://10.0.0.5' }).problems).toEqual([
      'nginx edge refresh is off: set both EDGE_REFRESH_URLS and EDGE_REFRESH_TOKEN',
    ])
  })
})

describe('Fastly', () => {
  it('soft-purges the surrogate keys of a service with its API token, 256 keys a call', async () => {
    const tags = Array.from({ length: 300 }, (_, i) => `entry:e${i}`)
    await fastlyPurger({ serviceId: 'svc 1', token: 'fastly-token', apiUrl: cdn.url }).purge(tags)
    expect(cdn.calls.map((c) => c.path)).toEqual(['/service/svc%201/purge', '/service/svc%201/purge'])
    expect(cdn.calls[0].headers['fastly-key']).toBe('fastly-token')
    expect(cdn.calls[0].headers['fastly-soft-purge']).toBe('1')
    expect(cdn.purged('fastly').map((keys) => keys.length)).toEqual([256, 44])
    expect(cdn.purged('fastly').flat()).toEqual(tags)
  })

  it('can purge hard, and throws when the API refuses', async () => {
    await fastlyPurger({ serviceId: 's', token: 't', apiUrl: cdn.url, soft: false }).purge(['entries'])
    expect(cdn.calls[0].headers['fastly-soft-purge']).toBeUndefined()
    cdn.failNext('fastly', 1)
    await expect(fastlyPurger({ serviceId: 's', token: 't', apiUrl: cdn.url }).purge(['entries'])).rejects.toThrow(
      /HTTP 500/,
    )
  })
})

describe('Cloudflare', () => {
  it('purges cache tags of a zone with a bearer token, 100 tags a call', async () => {
    const tags = Array.from({ length: 150 }, (_, i) => `entry:e${i}`)
    await cloudflarePurger({ zoneId: 'zone1', token: 'cf-token', apiUrl: cdn.url }).purge(tags)
    expect(cdn.calls.map((c) => c.path)).toEqual(['/zones/zone1/purge_cache', '/zones/zone1/purge_cache'])
    expect(cdn.calls[0].headers.authorization).toBe('Bearer cf-token')
    expect(cdn.purged('cloudflare').map((t) => t.length)).toEqual([100, 50])
  })

  it('treats {"success": false} as a failure', async () => {
    cdn.failNext('cloudflare', 1)
    await expect(cloudflarePurger({ zoneId: 'z', token: 't', apiUrl: cdn.url }).purge(['entries'])).rejects.toThrow()
  })
})

describe('purgeEdges', () => {
  const purgers = () => [
    fastlyPurger({ serviceId: 's', token: 't', apiUrl: cdn.url }),
    cloudflarePurger({ zoneId: 'z', token: 't', apiUrl: cdn.url }),
  ]

  it('retries a failed purge with back-off, each CDN on its own, and logs each failure', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const waits: number[] = []
    cdn.failNext('cloudflare', 2)
    await purgeEdges(['entry:calciphylaxis', 'entries', 'entries'], purgers(), {
      attempts: 5,
      firstDelayMs: 100,
      sleep: async (ms) => void waits.push(ms),
    })
    expect(cdn.purged('fastly')).toEqual([['entry:calciphylaxis', 'entries']])
    expect(cdn.purged('cloudflare')).toEqual([['entry:calciphylaxis', 'entries']])
    expect(cdn.calls.filter((c) => c.cdn === 'cloudflare').map((c) => c.status)).toEqual([500, 500, 200])
    expect(waits).toEqual([100, 200])
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringMatching(/^\[edge\] purge failed; retrying · cdn=cloudflare attempt=1 of=5 reason=/),
      expect.stringMatching(/^\[edge\] purge failed; retrying · cdn=cloudflare attempt=2 of=5/),
    ])
  })

  it('gives up after the last attempt with an error naming the tags, and never throws', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => {})
    const error = jest.spyOn(console, 'error').mockImplementation(() => {})
    cdn.failNext('fastly', 10)
    await expect(purgeEdges(['entry:calciphylaxis'], purgers(), { attempts: 3, ...noWait })).resolves.toBeUndefined()
    expect(cdn.calls.filter((c) => c.cdn === 'fastly')).toHaveLength(3)
    expect(error).toHaveBeenCalledWith(
      expect.stringMatching(
        /^\[edge\] purge failed; the CDN may serve the old version .* cdn=fastly attempt=3 of=3 .*tags=entry:calciphylaxis/,
      ),
    )
  })

  it('does not throw when the CDN cannot be reached at all', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => {})
    const error = jest.spyOn(console, 'error').mockImplementation(() => {})
    await cdn.close()
    await purgeEdges(['entries'], [fastlyPurger({ serviceId: 's', token: 't', apiUrl: cdn.url })], {
      attempts: 2,
      ...noWait,
    })
    expect(error).toHaveBeenCalledTimes(1)
    cdn = await startCdnStandIn()
  })
})
