/**
 * Runs Lighthouse 13 on several URLs in one Debian Chromium and prints {url: {category: score}} as JSON.
 * A separate ES module because Lighthouse is ESM-only (Jest runs CommonJS). Usage:
 *   node tests/e2e/support/lighthouse.mjs <preset: mobile|mobile-default|desktop> <url>...
 * `mobile` calibrates the CPU slowdown to the host (below); `mobile-default` is Lighthouse's mobile run exactly
 * as its defaults have it (4x CPU, simulated slow 4G), as the phone benchmark (bench/phone.ts) judges pages.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import * as constants from 'lighthouse/core/config/constants.js'

const [preset, ...urls] = process.argv.slice(2)
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-profile-'))
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  userDataDir: profile,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
})
/**
 * Lighthouse's mobile preset slows the CPU 4x, which turns a fast desktop (benchmarkIndex about 2,000) into a
 * mid-tier phone (about 500). On a slower or busier host the same 4x simulates a slower phone than intended,
 * so, as Lighthouse's throttling documentation advises, the multiplier is calibrated to the host: a short
 * run measures its benchmarkIndex just before each page is judged, and the multiplier is index / 500, never
 * above Lighthouse's default of 4 and never below 1.
 */
const MID_TIER_MOBILE_INDEX = 500
async function cpuSlowdownFor(url) {
  const probe = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyAudits: ['first-contentful-paint'],
  })
  const index = probe?.lhr?.environment?.benchmarkIndex ?? 2000
  return { index, multiplier: Math.round(Math.min(4, Math.max(1, index / MID_TIER_MOBILE_INDEX)) * 10) / 10 }
}

/**
 * Lighthouse sometimes fails to record a page load and says so in `runtimeError` ("Something went wrong with
 * recording the trace over your page load. Please run Lighthouse again. (NO_NAVSTART)"); its scores are then
 * null. Such a run says nothing about the page, so it is run again, up to twice; a page that never records
 * keeps the error, which the test prints.
 */
const ATTEMPTS = 3
async function judge(url, cpu) {
  let lhr
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        // The 404 page is judged as a page: by default Lighthouse refuses to audit an error status.
        ignoreStatusCode: true,
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        ...(cpu ? { throttling: { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier: cpu.multiplier } } : {}),
      },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    lhr = result?.lhr
    if (lhr && !lhr.runtimeError) break
    console.error(
      `lighthouse: ${url}: attempt ${attempt} of ${ATTEMPTS} recorded nothing: ${lhr?.runtimeError?.code ?? 'no result'}`,
    )
  }
  return lhr
}

const scores = {}
try {
  for (const url of urls) {
    const cpu = preset === 'mobile' ? await cpuSlowdownFor(url) : undefined
    const lhr = await judge(url, cpu)
    scores[url] = Object.fromEntries(Object.entries(lhr?.categories ?? {}).map(([k, c]) => [k, c.score]))
    scores[url].tbt = lhr?.audits?.['total-blocking-time']?.numericValue ?? null
    scores[url].transfer = lhr?.audits?.['total-byte-weight']?.numericValue ?? null
    if (cpu) scores[url].cpu = { ...cpu, indexDuringRun: lhr?.environment?.benchmarkIndex }
    scores[url].failing = Object.values(lhr?.audits ?? {})
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${a.id}: ${a.displayValue ?? a.score}`)
    // Per category, the weighted audits that did not pass (score below 1): what keeps it under 1.00.
    scores[url].lost = Object.fromEntries(
      Object.entries(lhr?.categories ?? {}).map(([k, c]) => [
        k,
        c.auditRefs
          .filter(
            (ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === 'number' && lhr.audits[ref.id].score < 1,
          )
          .map((ref) => ref.id),
      ]),
    )
    if (lhr?.runtimeError)
      scores[url].failing.unshift(`Lighthouse error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  }
} finally {
  await chrome.kill()
  fs.rmSync(profile, { recursive: true, force: true })
}
console.log(JSON.stringify(scores))
