/**
 * The shape a newcomer relies on (docs/architecture.md): thin routes, configuration only through lib/env.ts,
 * reader addresses only through lib/site.ts, and a README whose layout table names what is in the tree.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { config as proxyConfig } from '../../proxy'
import { categoryPagePatterns, letterPagePatterns, routePatterns, translatedRoutePatterns } from '../../lib/site'

const ROOT = path.join(__dirname, '..', '..')
const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
/** The product's own code: not tests, scripts or benchmarks, which may read their environment directly. */
const PRODUCT = /^(app|components|lib|sanity)\/.*\.(ts|tsx|mjs|cjs|js)$|^[^/]+\.(ts|mjs)$/
const product = tracked.filter((f) => PRODUCT.test(f) && !/\.config\.mjs$/.test(f))
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8')

describe('the shape of the project', () => {
  it('finds the product code it checks', () => {
    expect(product).toEqual(expect.arrayContaining(['lib/env.ts', 'proxy.ts', 'next.config.ts', 'sanity/env.ts']))
    expect(product.length).toBeGreaterThan(100)
  })

  it('reads configuration only in lib/env.ts', () => {
    const readers = product.filter((f) => f !== 'lib/env.ts' && /process\.env\b/.test(read(f)))
    expect(readers).toEqual([])
    expect(read('lib/env.ts')).toMatch(/process\.env\./)
  })

  it('writes reader addresses only in lib/site.ts', () => {
    const address = /\/(diseases|categories)\//
    const writers = product.filter((f) => {
      if (f === 'lib/site.ts') return false
      // proxy.ts's matcher is read by Next.js from the source text; the next test holds it to lib/site.ts.
      const text = f === 'proxy.ts' ? read(f).replace(/matcher: \[[^\]]*\]/, '') : read(f)
      return text.split('\n').some((line) => address.test(line))
    })
    expect(writers).toEqual([])
  })

  it("keeps proxy.ts's matcher equal to the site's route patterns", () => {
    expect(proxyConfig.matcher).toEqual([
      routePatterns.entry,
      routePatterns.category,
      translatedRoutePatterns.entry,
      translatedRoutePatterns.category,
      categoryPagePatterns.source,
      categoryPagePatterns.translated,
      letterPagePatterns.source,
      letterPagePatterns.translated,
    ])
  })

  it('keeps every file under app/ at 60 lines or fewer', () => {
    const app = tracked.filter((f) => f.startsWith('app/') && /\.(ts|tsx)$/.test(f))
    expect(app.length).toBeGreaterThan(20)
    const long = app.filter((f) => read(f).split('\n').length > 61)
    expect(long).toEqual([])
  })

  it('has a publish route that only delegates', () => {
    const route = read('app/api/revalidate/route.ts')
    expect(route).toMatch(/from '@\/lib\/publish'/)
    expect(route.split('\n').length).toBeLessThanOrEqual(15)
  })

  describe('README', () => {
    const readme = read('README.md')
    const table = readme.slice(readme.indexOf('| Path |'))
    const rows = table.slice(0, table.indexOf('\n\n'))

    it('is a front door under 10 KB that starts with the two commands', () => {
      expect(Buffer.byteLength(readme)).toBeLessThan(10 * 1024)
      expect(readme).toMatch(/npm install && npm start/)
      expect(readme).toMatch(/npm install && npm test/)
    })

    it('names every top-level file and folder, and every folder of lib/ and components/, in its layout table', () => {
      const top = [...new Set(tracked.map((f) => f.split('/')[0]))].filter((f) => f !== 'README.md')
      const folders = (dir: string) => [
        ...new Set(
          tracked.filter((f) => f.startsWith(`${dir}/`) && f.split('/').length > 2).map((f) => f.split('/')[1]),
        ),
      ]
      expect(top.length).toBeGreaterThan(15)
      const missing = [
        ...top.filter((name) => !rows.includes(`\`${name}`)),
        ...folders('lib').filter((name) => !rows.includes(`lib/${name}/`)),
        ...folders('components').filter((name) => !rows.includes(`${name}/`)),
      ]
      expect(missing).toEqual([])
    })
  })
})
