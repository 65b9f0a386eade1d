#!/usr/bin/env node
/**
 * Runs before `npm start`, `npm test`, the build and the benchmarks. The project runs on the Node.js that
 * `npm install` puts into node_modules/.bin (the `node-<platform>-<arch>` package of optionalDependencies),
 * where npm scripts find it before the machine's own. When that binary is missing (a platform without one,
 * or no install yet) and the machine's Node.js is end-of-life, this says what to do instead of letting
 * something fail later in a less readable way.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The oldest Node.js line that is still maintained (24, LTS until April 2028); the dependencies need 22.12 or
 * later. package.json's engines (>=20.19) says only what can run `npm install`, which brings Node.js 26.
 */
export const MIN_MAJOR = 24

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The Node.js version package.json pins (every platform's package has the same one). */
export function pinnedNode(pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))) {
  const versions = Object.entries(pkg.optionalDependencies ?? {})
    .filter(([name]) => /^node-(bin-)?(linux|darwin|win)-(x64|arm64)$/.test(name))
    .map(([, version]) => version)
  return versions.length > 0 && versions.every((v) => v === versions[0]) ? versions[0] : undefined
}

/**
 * What is wrong with running on `version`: an error (stop), a warning (go on) or nothing.
 * @param {string} version
 * @param {string | undefined} pinned
 * @param {{ platform: string, arch: string, execPath: string }} [where]
 */
export function runtimeProblem(
  version,
  pinned,
  where = { platform: process.platform, arch: process.arch, execPath: process.execPath },
) {
  if (!pinned)
    return {
      level: 'error',
      message: 'package.json pins no single Node.js version (optionalDependencies node-<platform>-<arch>).',
    }
  const major = Number(version.replace(/^v/, '').split('.')[0])
  if (major < MIN_MAJOR)
    return {
      level: 'error',
      message:
        `This project runs on Node.js ${pinned}, but ${version} is running (${where.execPath}).\n` +
        `\`npm install\` puts Node.js ${pinned} into node_modules/.bin, where npm scripts find it first: run \`npm install\`.\n` +
        `If npm has no Node.js package for ${where.platform}-${where.arch}, install Node.js ${pinned.split('.')[0]} yourself (see .nvmrc).`,
    }
  if (version !== `v${pinned}`)
    return { level: 'warning', message: `[runtime] Node.js ${version} is running; the project is tested on ${pinned}.` }
  return undefined
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problem = runtimeProblem(process.version, pinnedNode())
  if (problem?.level === 'error') {
    console.error(problem.message)
    process.exit(1)
  }
  if (problem) console.warn(problem.message)
}
