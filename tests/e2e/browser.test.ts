/**
 * A reader's journey in a real browser (Debian Chromium via playwright-core) against the production build,
 * and axe-core on every page type: zero WCAG 2.2 A/AA violations, in light and dark mode.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { launchBrowser, type Browser } from './support/browser'
import { startSite, type Site } from './support/site'

let site: Site
let browser: Browser

beforeAll(async () => {
  site = await startSite('.build/local', {}, { shareBuild: true })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  )
}

describe('a reader in a real browser', () => {
  it('goes home → A–Z → an entry → an associated entry → search → embed, and meets a 404', async () => {
    const page = await browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(site.url)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Diseases A–Z' }).click()
    await page.waitForURL('**/diseases')
    await page.getByRole('main').getByRole('link', { name: 'Calciphylaxis', exact: true }).click()
    await page.waitForURL('**/diseases/calciphylaxis')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Calciphylaxis')

    const associated = page.locator('#associated-conditions + ul a').first()
    const target = await associated.textContent()
    await associated.click()
    await page.waitForURL((url) => url.pathname !== '/diseases/calciphylaxis')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(target)
    // Back-link: the associated entry lists calciphylaxis among the entries that mention it.
    expect(
      await page
        .locator('section[aria-labelledby="related"] ul.link-list')
        .getByRole('link', { name: 'Calciphylaxis', exact: true })
        .count(),
    ).toBe(1)

    // Search with the keyboard only: type, arrow down to a suggestion, Enter.
    const box = page.getByRole('combobox', { name: 'Search the encyclopedia' })
    await box.click()
    await box.pressSequentially('hypercalc', { delay: 20 })
    await page.getByRole('option').first().waitFor()
    expect(await box.getAttribute('aria-expanded')).toBe('true')
    await box.press('ArrowDown')
    expect(await box.getAttribute('aria-activedescendant')).toBeTruthy()
    await box.press('Enter')
    await page.waitForURL('**/diseases/hypercalcaemia')

    // A typo goes to the results page and still finds the entry.
    await box.fill('calcifilaxis')
    await page.getByRole('option', { name: 'Calciphylaxis' }).waitFor()
    await box.press('Escape')
    expect(await box.getAttribute('aria-expanded')).toBe('false')
    await box.press('Enter')
    await page.waitForURL('**/search?q=calcifilaxis')
    expect(await page.locator('.search-results a').first().textContent()).toBe('Calciphylaxis')

    await page.goto(`${site.url}/embed/calciphylaxis?sections=symptoms`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Calciphylaxis')

    const missing = await page.goto(`${site.url}/diseases/no-such-entry`)
    expect(missing?.status()).toBe(404)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found')
    expect(errors).toEqual([])
    await page.close()
  })

  it('lets keyboard users skip to the content', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${site.url}/diseases/calciphylaxis`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.close()
  })
})

const PAGE_TYPES = [
  ['home', '/'],
  ['A–Z', '/diseases'],
  ['entry', '/diseases/calciphylaxis'],
  ['entry in Spanish', '/es/diseases/calcifilaxis'],
  ['A–Z in Spanish', '/es/diseases'],
  ['A–Z letter', '/diseases/letters/c'],
  ['categories', '/categories'],
  ['category', '/categories/calcium-metabolism'],
  ['search results', '/search?q=kidney'],
  ['explore', '/explore'],
  ['404', '/diseases/no-such-entry'],
  ['embed', '/embed/calciphylaxis?sections=symptoms,diagnosis'],
  ['embed in Spanish', '/embed/calcifilaxis?lang=es&sections=symptoms,diagnosis'],
  // What an EHR's info button opens: the matches for a code and its parent code.
  [
    'infobutton',
    '/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=E83.5&mainSearchCriteria.v.dn=Disorders%20of%20calcium%20metabolism',
  ],
  [
    'infobutton, nothing found',
    '/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=J45.909',
  ],
] as const

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it.each(PAGE_TYPES)('%s page has no violations in light mode', async (_name, path) => {
    const page = await browser.context.newPage()
    await page.goto(`${site.url}${path}`)
    expect(await axe(page)).toEqual([])
    await page.close()
  })

  it('has no violations in dark mode either', async () => {
    const dark = await launchBrowser({ colorScheme: 'dark' })
    try {
      for (const [name, path] of PAGE_TYPES) {
        const page = await dark.context.newPage()
        await page.goto(`${site.url}${path}`)
        expect([name, await axe(page)]).toEqual([name, []])
        await page.close()
      }
    } finally {
      await dark.close()
    }
  })
})
