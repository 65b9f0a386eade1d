/**
 * Purge on publish: after the webhook has revalidated tags in Next.js, the CDN in front drops its copies of
 * every response built from them (responses carry those tags in Surrogate-Key / Cache-Tag). The adapters are
 * chosen by which credentials are set; the nginx recipe needs none (its 1-second micro-cache is the purge).
 * A failed purge is logged and retried; it never blocks or fails the webhook (it runs in `after()`).
 */
import { errorMessage, log } from '../log'
import { environment } from '../env'

export interface Purger {
  /** Shown in logs: "fastly", "cloudflare". */
  name: string
  /** Purge everything tagged with any of these tags; throws when the CDN refused or did not answer. */
  purge(tags: string[]): Promise<void>
}

type Env = Record<string, string | undefined>

const REQUEST_TIMEOUT_MS = 10_000

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

async function post(url: string, headers: Record<string, string>, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`)
  // Cloudflare answers 200 with {"success": false} for some refusals.
  if (/"success"\s*:\s*false/.test(text)) throw new Error(`refused: ${text.slice(0, 200)}`)
}

/**
 * Fastly: batch surrogate-key purge, up to 256 keys a call. Soft by default: objects are marked stale, so
 * Fastly can still serve them with stale-while-revalidate / stale-if-error while it fetches the new version.
 */
export function fastlyPurger(options: { serviceId: string; token: string; apiUrl?: string; soft?: boolean }): Purger {
  const base = (options.apiUrl || 'https://api.fastly.com').replace(/\/+$/, '')
  return {
    name: 'fastly',
    async purge(tags) {
      for (const keys of chunks(tags, 256))
        await post(
          `${base}/service/${encodeURIComponent(options.serviceId)}/purge`,
          { 'Fastly-Key': options.token, ...(options.soft === false ? {} : { 'Fastly-Soft-Purge': '1' }) },
          { surrogate_keys: keys },
        )
    },
  }
}

/** Cloudflare: purge by Cache-Tag, up to 100 tags a call (the documented per-request limit). */
export function cloudflarePurger(options: { zoneId: string; token: string; apiUrl?: string }): Purger {
  const base = (options.apiUrl || 'https://api.cloudflare.com/client/v4').replace(/\/+$/, '')
  return {
    name: 'cloudflare',
    async purge(tags) {
      for (const batch of chunks(tags, 100))
        await post(
          `${base}/zones/${encodeURIComponent(options.zoneId)}/purge_cache`,
          { Authorization: `Bearer ${options.token}` },
          { tags: batch },
        )
    },
  }
}

/** The purgers configured in the environment; a half-configured one is reported, not guessed. */
export function purgersFromEnv(env: Env = environment()): { purgers: Purger[]; problems: string[] } {
  const purgers: Purger[] = []
  const problems: string[] = []
  const pair = (name: string, a: string, b: string) => {
    const [va, vb] = [env[a], env[b]]
    if (va && vb) return [va, vb] as const
    if (va || vb) problems.push(`${name} purge is off: set both ${a} and ${b}`)
    return undefined
  }
  const fastly = pair('Fastly', 'FASTLY_SERVICE_ID', 'FASTLY_API_TOKEN')
  if (fastly)
    purgers.push(
      fastlyPurger({
        serviceId: fastly[0],
        token: fastly[1],
        apiUrl: env.FASTLY_API_URL,
        soft: env.FASTLY_SOFT_PURGE !== '0',
      }),
    )
  const cloudflare = pair('Cloudflare', 'CLOUDFLARE_ZONE_ID', 'CLOUDFLARE_API_TOKEN')
  if (cloudflare)
    purgers.push(cloudflarePurger({ zoneId: cloudflare[0], token: cloudflare[1], apiUrl: env.CLOUDFLARE_API_URL }))
  return { purgers, problems }
}

export interface RetryOptions {
  /** Attempts per purger, the first included. */
  attempts?: number
  /** Wait before the second attempt; doubles each time. */
  firstDelayMs?: number
  sleep?: (ms: number) => Promise<void>
}

function retryDefaults(env: Env = environment()): Required<Omit<RetryOptions, 'sleep'>> {
  const attempts = Number(env.EDGE_PURGE_ATTEMPTS)
  const delay = Number(env.EDGE_PURGE_RETRY_MS)
  return {
    attempts: Number.isInteger(attempts) && attempts > 0 ? attempts : 5,
    firstDelayMs: Number.isFinite(delay) && delay >= 0 ? delay : 1000,
  }
}

/**
 * Purge the tags from every CDN, each independently, retrying with back-off. Never throws: the outcome of
 * each purger is logged (a failure that outlives its retries as an error). Resolves when all are done.
 */
export async function purgeEdges(tags: string[], purgers: Purger[], options: RetryOptions = {}): Promise<void> {
  const unique = [...new Set(tags)]
  if (unique.length === 0 || purgers.length === 0) return
  const { attempts, firstDelayMs } = { ...retryDefaults(), ...options }
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  await Promise.all(
    purgers.map(async (purger) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await purger.purge(unique)
          log.info('edge', 'purged', { cdn: purger.name, tags: unique.join(','), attempt })
          return
        } catch (error) {
          const fields = { cdn: purger.name, attempt, of: attempts, reason: errorMessage(error) }
          if (attempt >= attempts) {
            log.error('edge', 'purge failed; the CDN may serve the old version until its copies expire', {
              ...fields,
              tags: unique.join(','),
            })
            return
          }
          log.warn('edge', 'purge failed; retrying', fields)
          await sleep(firstDelayMs * 2 ** (attempt - 1))
        }
      }
    }),
  )
}
