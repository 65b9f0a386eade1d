/**
 * Lighthouse 13 (mobile preset, Debian Chromium) on every reader page type (English and Spanish) and an embed:
 * performance, accessibility, best practices and SEO must each score at least 0.95. Prints the scores, and
 * the CPU slowdown used: calibrated to the host's benchmarkIndex (at most Lighthouse's default 4x) so that
 * a slow or busy machine judges the pages as a mid-tier phone would see them, not a slower one.
 */
import { startSite, type Site } from './support/site'
import { BECAUSE_404, CATEGORIES, lighthouse, show } from './support/lighthouse-runner'

let site: Site

beforeAll(async () => {
  site = await startSite('.build/local', {}, { shareBuild: true })
})
afterAll(() => site.stop())

const PAGES = [
  '/',
  '/diseases',
  '/diseases/calciphylaxis',
  '/es/diseases/calcifilaxis',
  '/categories/kidney-and-urinary',
  '/search?q=kidney',
  '/explore',
  '/diseases/no-such-entry',
  '/embed/calciphylaxis?sections=symptoms,diagnosis',
]

const NOT_FOUND = '/diseases/no-such-entry'

describe('Lighthouse', () => {
  it('scores at least 0.95 in every category on every reader page type and an embed', async () => {
    const scores = await lighthouse(
      'mobile',
      PAGES.map((p) => `${site.url}${p}`),
    )
    // Performance scores vary from run to run (Lighthouse's documentation advises the median of five runs):
    // a page under the bar gets four more runs and is judged on the median of the five.
    for (const p of PAGES) {
      const url = `${site.url}${p}`
      if ((scores[url].performance ?? 0) >= 0.95) continue
      const runs = [scores[url].performance]
      for (let i = 0; i < 4; i++) runs.push((await lighthouse('mobile', [url]))[url].performance)
      // A run Lighthouse could not record (null, after its own retries) counts as the lowest score.
      scores[url].performance = [...runs].sort((a, b) => (a ?? -1) - (b ?? -1))[2]
      scores[url].failing.push(`performance runs: ${runs.map(show).join(', ')}`)
    }
    const rows = PAGES.map((p) => {
      const s = scores[`${site.url}${p}`]
      const cpu = s.cpu ? `  (CPU slowdown ${s.cpu.multiplier}x for benchmarkIndex ${Math.round(s.cpu.index)})` : ''
      const tbt = s.tbt === null ? '' : `  TBT ${Math.round(s.tbt)} ms`
      return `${p.padEnd(52)} ${CATEGORIES.map((c) => `${c} ${show(s[c])}`).join('  ')}${tbt}${cpu}`
    })
    console.log(`Lighthouse (mobile):\n${rows.join('\n')}`)
    for (const p of PAGES) {
      const s = scores[`${site.url}${p}`]
      for (const c of CATEGORIES) {
        const expected = p === NOT_FOUND ? BECAUSE_404[c] : undefined
        if (expected) {
          expect([p, c, s.lost?.[c]?.filter((id) => !expected.includes(id))]).toEqual([p, c, []])
          continue
        }
        expect([p, c, (s[c] ?? 0) >= 0.95 ? 'ok' : `${show(s[c])} — ${s.failing.join('; ')}`]).toEqual([p, c, 'ok'])
      }
    }
  }, 300_000)
})
