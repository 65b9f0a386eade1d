/**
 * Runs Lighthouse 12 on several URLs in one Debian Chromium and prints {url: {category: score}} as JSON.
 * A separate ES module because Lighthouse is ESM-only (Jest runs CommonJS). Usage:
 *   node tests/e2e/support/lighthouse.mjs <preset: mobile|desktop> <url>...
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'

const [preset, ...urls] = process.argv.slice(2)
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-profile-'))
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  userDataDir: profile,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
})
const scores = {}
try {
  for (const url of urls) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    const lhr = result?.lhr
    scores[url] = Object.fromEntries(Object.entries(lhr?.categories ?? {}).map(([k, c]) => [k, c.score]))
    scores[url].failing = Object.values(lhr?.audits ?? {})
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id}: ${a.displayValue ?? a.score}`)
  }
} finally {
  await chrome.kill()
  fs.rmSync(profile, { recursive: true, force: true })
}
console.log(JSON.stringify(scores))
