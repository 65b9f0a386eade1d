/**
 * Search latency over 10,000 synthetic entries: index build time, then p50/p95/p99 of a query mix (exact
 * titles, typos, prefixes, codes, other names, several words). Target: p95 ≤ 20 ms.
 * Run: npm run bench:search  (or as part of npm run bench)
 */
import { performance } from 'node:perf_hooks'
import { createContentApi } from '../lib/content/api'
import { GroqDataset } from '../lib/content/sources/groq'
import { SearchIndex } from '../lib/search/index'
import { rng, syntheticDataset, syntheticTitle } from './lib/synthetic'
import { summarize, table } from './lib/stats'
import { runAlone, section } from './lib/report'

export async function benchSearch(count = Number(process.env.BENCH_ENTRIES) || 10_000) {
  process.env.LOG_QUIET = '1'
  const docs = syntheticDataset(count)
  const dataset = new GroqDataset(docs)
  const api = createContentApi((q, p) => dataset.query(q, p as never))
  const entries = await api.getEntryIndex()

  let t = performance.now()
  const index = new SearchIndex(entries)
  const buildMs = performance.now() - t

  const r = rng(7)
  const typo = (s: string) => {
    const i = 2 + Math.floor(r() * (s.length - 10))
    return s.slice(0, i) + s.slice(i + 1)
  }
  // Readers type the name of a condition; every synthetic title starts with the marker word "Synthetic",
  // which no reader would type, so queries leave it out.
  const name = (i: number) => syntheticTitle(i).split(' ').slice(1).join(' ')
  const kinds: [string, () => string][] = [
    ['exact title', () => name(Math.floor(r() * count))],
    ['typo', () => typo(name(Math.floor(r() * count)))],
    ['prefix', () => name(Math.floor(r() * count)).slice(0, 6)],
    ['code', () => entries[Math.floor(r() * entries.length)].codes[0]?.code ?? 'A10.1'],
    ['other name', () => `SYN${Math.floor(r() * count)}`],
    ['several words', () => `${entries[Math.floor(r() * entries.length)].summary.split(' ').slice(3, 6).join(' ')}`],
  ]
  const rows: Record<string, string | number>[] = []
  const all: number[] = []
  for (const [kind, make] of kinds) {
    const samples: number[] = []
    for (let i = 0; i < 300; i++) {
      const q = make()
      t = performance.now()
      index.search(q, 20)
      samples.push(performance.now() - t)
    }
    all.push(...samples)
    const s = summarize(samples)
    rows.push({ query: kind, n: s.n, 'p50 ms': s.p50, 'p95 ms': s.p95, 'p99 ms': s.p99 })
  }
  const s = summarize(all)
  rows.push({ query: 'all', n: s.n, 'p50 ms': s.p50, 'p95 ms': s.p95, 'p99 ms': s.p99 })
  return { count: index.size, buildMs, rows, p95: s.p95 }
}

/** The section of bench/RESULTS.md. */
export async function searchReport(): Promise<string> {
  const r = await benchSearch()
  return section(
    `## Search latency over ${r.count.toLocaleString('en')} synthetic entries (index built in ${Math.round(r.buildMs)} ms)`,
    table(r.rows),
    `p95 ${r.p95.toFixed(2)} ms (target ≤ 20 ms: ${r.p95 <= 20 ? 'met' : 'not met'}).`,
  )
}

if (require.main === module) runAlone(searchReport)
