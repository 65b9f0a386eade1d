/**
 * `npm start` as a user runs it: with another dataset (CONTENT_DATASET), it builds for that dataset and
 * serves it; with a corrupt dataset it stops before starting, naming the file, line and reason.
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { Parser } from 'htmlparser2'
import { XSS, writeHostileDataset } from '../fixtures/hostile'
import { ROOT, freePort, get, stopProcess, waitForServer } from './support/site'

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx')

describe('npm start', () => {
  it('stops with the file, line and reason when the dataset is corrupt', () => {
    const result = spawnSync(TSX, ['scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DATASET: 'tests/fixtures/corrupt.ndjson', NEXT_DIST_DIR: '.build/never' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('tests/fixtures/corrupt.ndjson')
    expect(result.stderr).toMatch(/line:\s+3/)
    expect(result.stderr).toMatch(/reason: not valid JSON/)
  })

  it('serves the dataset named by CONTENT_DATASET: a hostile one, with every page rendered and everything escaped', async () => {
    const port = await freePort()
    let output = ''
    const child = spawn(TSX, ['scripts/start.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DATASET: writeHostileDataset(),
        NEXT_DIST_DIR: '.build/hostile',
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (d) => (output += d))
    child.stderr?.on('data', (d) => (output += d))
    try {
      const url = `http://localhost:${port}`
      await waitForServer(url, child, () => output, 180_000)
      // The bundled dataset is not served: this is another dataset.
      expect((await get(url, '/diseases/calciphylaxis')).status).toBe(404)

      const pages = [
        '/',
        '/diseases',
        '/categories',
        '/explore',
        '/search?q=hostile',
        `/search?q=${encodeURIComponent(XSS)}`,
        '/categories/hostile-category',
        '/categories/cycle-a',
        '/feed.xml',
        '/sitemap.xml',
        '/api/v1/entries',
        '/api/v1/categories',
        `/api/search?q=${encodeURIComponent(XSS)}`,
        ...['xss-entry', 'cycle-entry', 'duplicate-slug', 'huge-section'].flatMap((slug) => [
          `/diseases/${slug}`,
          `/embed/${slug}?sections=all`,
          `/api/v1/entries/${slug}`,
          `/api/oembed?url=${encodeURIComponent(`${url}/diseases/${slug}`)}`,
        ]),
      ]
      for (const path of pages) {
        const res = await get(url, path)
        expect([path, res.status]).toEqual([path, 200])
        assertSafe(path, res.text)
      }
      for (const path of [
        '/diseases/huge-summary',
        '/diseases/bad-slug',
        '/embed/huge-summary',
        '/api/v1/entries/huge-summary',
      ])
        expect([path, (await get(url, path)).status]).toEqual([path, 404])
      const entry = await get(url, '/diseases/xss-entry')
      expect(entry.text).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;')
      expect((await get(url, '/diseases/huge-section')).text).toContain('The rest of the section survives.')
      expect(output).toMatch(
        /invalid document left out · document=disease-huge-summary path=summary reason="longer than 5000 characters"/,
      )
      expect(output).toMatch(
        /invalid content left out · document=disease-xss path=overview\[0\]\.markDefs\[0\]\.href reason="link is not http\(s\)/,
      )
      expect(output).not.toMatch(/TypeError|RangeError|Maximum call stack/)
    } finally {
      await stopProcess(child)
    }
  }, 300_000)
})

/**
 * No payload survives as markup: no element carries an event-handler attribute, no link or source is a
 * javascript:/data: URL, no script contains a payload, and no bidirectional control character remains.
 * Markup-like text in escaped text or in JSON strings is fine: it is text.
 */
function assertSafe(path: string, body: string) {
  const problems: string[] = []
  if (/[\u202a-\u202e\u2066-\u2069]/.test(body)) problems.push('bidirectional control character')
  const trimmed = body.trimStart()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const walk = (value: unknown, key: string) => {
      if (typeof value === 'string') {
        if (/(url|href|src)$/i.test(key) && /^\s*(javascript|data|vbscript):/i.test(value))
          problems.push(`${key} is ${value.slice(0, 30)}`)
      } else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? key : k)
    }
    walk(JSON.parse(body), '')
  } else {
    let inScript = false
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          for (const [attr, value] of Object.entries(attributes)) {
            if (/^on/i.test(attr)) problems.push(`<${name} ${attr}>`)
            if (
              /^(href|src|action|formaction|xlink:href)$/i.test(attr) &&
              /^\s*(javascript|data|vbscript):/i.test(value)
            )
              problems.push(`<${name} ${attr}="${value.slice(0, 30)}">`)
          }
          // Data blocks (JSON-LD) are not executed; their `<` are escaped anyway.
          inScript = name === 'script' && !/json/.test(attributes.type ?? '')
        },
        ontext(text) {
          if (inScript && /alert\(/.test(text) && !/self\.__next_f/.test(text)) problems.push('a script with a payload')
        },
        onclosetag() {
          inScript = false
        },
      },
      { decodeEntities: true, xmlMode: trimmed.startsWith('<?xml') },
    )
    parser.write(body)
    parser.end()
  }
  expect([path, problems]).toEqual([path, []])
}
