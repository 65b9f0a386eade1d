/**
 * `sanity build` (the standalone Studio, as `npm run studio` serves it) succeeds offline with a placeholder
 * project id, and the bundle carries this project's Studio configuration. About 30–50 s.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')
// Under .build/ (gitignored), apart from the Next.js builds there.
const OUT = path.join('.build', 'studio-standalone')
const SANITY_BIN = path.join(ROOT, 'node_modules', '.bin', 'sanity')

function sanityBuild(): Promise<{ status: number | null; output: string; seconds: number }> {
  const started = Date.now()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DO_NOT_TRACK: '1',
    SANITY_STUDIO_PROJECT_ID: 'offlinecheck',
    SANITY_STUDIO_DATASET: 'production',
  }
  // A real project id in the environment must not leak into a test bundle.
  delete env.NEXT_PUBLIC_SANITY_PROJECT_ID
  const child = spawn(SANITY_BIN, ['build', OUT, '--yes'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  return new Promise((resolve) =>
    child.on('exit', (status) => resolve({ status, output, seconds: (Date.now() - started) / 1000 })),
  )
}

describe('sanity build', () => {
  it('builds the standalone Studio offline', async () => {
    const { status, output, seconds } = await sanityBuild()
    if (status !== 0) throw new Error(`sanity build exited with ${status} after ${seconds.toFixed(0)} s:\n${output}`)
    const out = path.join(ROOT, OUT)
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true)
    const scripts = fs.readdirSync(path.join(out, 'static')).filter((f) => f.endsWith('.js'))
    const bundle = scripts.map((f) => fs.readFileSync(path.join(out, 'static', f), 'utf8')).join('\n')
    // This project's structure, templates, validation messages and the placeholder project id made it into the bundle.
    // The project id as a string literal, in whichever quotes the bundler writes.
    for (const marker of ['Due for review', 'disease-in-category', 'is not a valid address', /["'`]offlinecheck["'`]/])
      expect({
        marker: String(marker),
        found: typeof marker === 'string' ? bundle.includes(marker) : marker.test(bundle),
      }).toEqual({ marker: String(marker), found: true })
  }, 240_000)
})
