/**
 * `npm start` as a user runs it: with another dataset (CONTENT_DATASET), it builds for that dataset and
 * serves it; with a corrupt dataset it stops before starting, naming the file, line and reason.
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
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

  it('serves the dataset named by CONTENT_DATASET, leaving out and logging its malformed document', async () => {
    const port = await freePort()
    let output = ''
    const child = spawn(TSX, ['scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DATASET: 'tests/fixtures/malformed.ndjson', NEXT_DIST_DIR: '.build/other-dataset', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (d) => (output += d))
    child.stderr?.on('data', (d) => (output += d))
    try {
      const url = `http://localhost:${port}`
      await waitForServer(url, child, () => output, 180_000)
      const alpha = await get(url, '/diseases/alpha-syndrome')
      expect(alpha.status).toBe(200)
      expect(alpha.text).toContain('Alpha syndrome')
      expect(alpha.text).toContain('href="/diseases/beta-disease"')
      expect((await get(url, '/diseases/beta-disease')).status).toBe(200)
      expect((await get(url, '/diseases/broken-entry')).status).toBe(404)
      expect((await get(url, '/diseases/calciphylaxis')).status).toBe(404)
      const az = await get(url, '/diseases')
      expect(az.text).toContain('Beta disease')
      expect(az.text).not.toContain('Calciphylaxis')
      expect(output).toMatch(/invalid document left out · document=disease-broken path=summary/)
    } finally {
      await stopProcess(child)
    }
  }, 240_000)
})
