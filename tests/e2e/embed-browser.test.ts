/**
 * embed.js on another site, in a real browser: a page served from a different localhost port embeds an entry;
 * the iframe loads lazily, resizes to its content through postMessage, and ignores messages from elsewhere.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { launchBrowser, type Browser } from './support/browser'
import { startSite, type Site } from './support/site'
import { eventually } from './support/webhook'

let site: Site
let host: http.Server
let hostUrl: string
let browser: Browser

beforeAll(async () => {
  site = await startSite('.build/local', {}, { shareBuild: true })
  host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    // A Spanish-speaking clinic's page embeds the Spanish entry.
    if (req.url === '/es')
      return res.end(`<!doctype html><html lang="es"><head><title>Una clínica</title></head><body>
<a href="${site.url}/es/diseases/calcifilaxis">Calcifilaxis (Open Medical Encyclopedia)</a>
<script src="${site.url}/embed.js" data-entry="calcifilaxis" data-lang="es" data-sections="symptoms" async></script>
</body></html>`)
    res.end(`<!doctype html><html lang="en"><head><title>A clinic</title></head><body>
<h1>Our patient leaflet</h1>
<a href="${site.url}/diseases/calciphylaxis">Calciphylaxis (Open Medical Encyclopedia)</a>
<script src="${site.url}/embed.js" data-entry="calciphylaxis" data-sections="symptoms" async></script>
<p id="after">Text after the embed.</p>
</body></html>`)
  })
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', () => resolve()))
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  host?.close()
  await site?.stop()
})

describe('embed.js on a host page', () => {
  it('replaces the link with an iframe sized to the entry, and ignores foreign messages', async () => {
    const page = await browser.context.newPage()
    await page.goto(hostUrl)
    const iframe = page.locator('iframe')
    await iframe.waitFor()
    expect(await page.locator('a[href$="/diseases/calciphylaxis"]').count()).toBe(0)
    expect(await iframe.getAttribute('loading')).toBe('lazy')
    expect(await iframe.getAttribute('src')).toBe(`${site.url}/embed/calciphylaxis?sections=symptoms`)

    await eventually(() => page.frame({ url: /\/embed\/calciphylaxis/ }) !== null, {
      what: 'the embed loaded in the iframe',
    })
    const frame = page.frame({ url: /\/embed\/calciphylaxis/ })
    await frame?.waitForLoadState('load')
    const contentHeight = async () =>
      (await frame?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))) ?? 0
    const frameHeight = async () => iframe.evaluate((el) => (el as HTMLIFrameElement).clientHeight)
    await eventually(async () => Math.abs((await frameHeight()) - (await contentHeight())) <= 1, {
      what: 'the iframe resized to its content',
    })
    expect(await contentHeight()).toBeGreaterThan(360)
    // When to get help comes first in every embed, then the chosen section.
    expect(await frame?.locator('h2').allTextContents()).toEqual(['When to get help', 'Signs and symptoms'])

    // A message from the host page itself (not the embed's origin) must not resize the iframe. Messages are
    // handled in the order they are posted, so once a second one has arrived, embed.js has handled the first.
    const before = await frameHeight()
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const marker = 'test:after-the-forged-message'
          window.addEventListener('message', function seen(event) {
            if (event.data !== marker) return
            window.removeEventListener('message', seen)
            resolve()
          })
          window.postMessage({ type: 'ome:embed-height', height: 99 }, '*')
          window.postMessage(marker, '*')
        }),
    )
    expect(await frameHeight()).toBe(before)
    await page.close()
  })

  it('embeds the entry in the language data-lang asks for', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${hostUrl}es`)
    const iframe = page.locator('iframe')
    await iframe.waitFor()
    expect(await page.locator('a[href$="/es/diseases/calcifilaxis"]').count()).toBe(0)
    expect(await iframe.getAttribute('src')).toBe(`${site.url}/embed/calcifilaxis?lang=es&sections=symptoms`)
    await eventually(() => page.frame({ url: /\/embed\/calcifilaxis/ }) !== null, { what: 'the Spanish embed' })
    const frame = page.frame({ url: /\/embed\/calcifilaxis/ })
    await frame?.waitForLoadState('load')
    expect(await frame?.locator('html').getAttribute('lang')).toBe('es')
    expect(await frame?.locator('h2').allTextContents()).toEqual(['Cuándo pedir ayuda', 'Signos y síntomas'])
    await page.close()
  })

  it('leaves the plain link where scripts do not run', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false })
    try {
      const page = await noScript.context.newPage()
      await page.goto(hostUrl)
      expect(await page.locator('a[href$="/diseases/calciphylaxis"]').count()).toBe(1)
      expect(await page.locator('iframe').count()).toBe(0)
    } finally {
      await noScript.close()
    }
  })
})
