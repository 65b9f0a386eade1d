#!/usr/bin/env node
/**
 * Runs before `npm test`: the end-to-end tests need programs from Debian's packages (Chromium for the
 * browser tests, Redis for the shared cache, nginx for the edge cache; wrk for `npm run bench`).
 * On a fresh Debian machine, as root, this installs what is missing with apt-get; otherwise it stops with
 * the exact command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

const NEEDED = [
  { program: '/usr/bin/chromium', pkg: 'chromium', why: 'browser tests (Playwright drives Debian Chromium)' },
  {
    program: '/usr/bin/redis-server',
    pkg: 'redis-server',
    why: 'the shared cache tests (several instances, one Redis)',
  },
  { program: '/usr/sbin/nginx', pkg: 'nginx', why: 'the edge cache tests (nginx in front of the site servers)' },
  { program: '/usr/bin/wrk', pkg: 'wrk', why: 'the scale and edge benchmarks (npm run bench)' },
]

const missing = NEEDED.filter((n) => !fs.existsSync(n.program))
if (missing.length === 0) process.exit(0)

const pkgs = missing.map((m) => m.pkg)
const command = `apt-get update && apt-get install -y --no-install-recommends ${pkgs.join(' ')}`
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0

for (const m of missing) console.log(`Missing ${m.program}, needed for ${m.why}.`)
if (!isRoot || !hasApt) {
  console.error(`Install it first, then run the tests again:\n  sudo ${command}`)
  process.exit(1)
}
console.log(`Installing ${pkgs.join(', ')} with apt-get…`)
try {
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
} catch {
  console.error(`apt-get failed. Run this yourself, then the tests again:\n  ${command}`)
  process.exit(1)
}
const still = missing.filter((m) => !fs.existsSync(m.program))
if (still.length) {
  console.error(`Still missing after apt-get: ${still.map((m) => m.program).join(', ')}`)
  process.exit(1)
}
