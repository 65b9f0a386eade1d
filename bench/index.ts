/**
 * Every benchmark in one run, printed as Markdown (the format of bench/RESULTS.md): the cached entry page
 * against nginx, bytes per page type, the browser's main thread while a page loads (with and without the
 * compile hint), Lighthouse's default mobile run on every reader page type (five runs each), next build with the bundled dataset and 1,000 and 10,000 synthetic entries (and the first
 * render of a not-prerendered entry on the largest), local mode at 1,000 and 10,000 full-size entries (build,
 * renders, list pages, memory), webhook to fresh page, search
 * latency over 10,000 entries, scale-out with a shared cache, and the 60 s load test.
 * Run: npm run bench            prints the results
 *      npm run bench -- --write  also writes them to bench/RESULTS.md
 *      BENCH_ONLY=edge,bytes npm run bench   a subset (edge, bytes, hydration, phone, build, encyclopedia, publish, search, scale, load);
 *        with --write it replaces only those sections of bench/RESULTS.md
 * Nothing else should run on the machine meanwhile: every figure shares its cores.
 */
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildReport } from './build'
import { bytesReport } from './bytes'
import { edgeReport } from './edge'
import { encyclopediaReport } from './encyclopedia'
import { hydrationReport } from './hydration'
import { loadReport } from './load'
import { phoneReport } from './phone'
import { publishReport } from './publish'
import { scaleReport } from './scale'
import { searchReport } from './search'

type Section = { name: string; run: () => Promise<string> }

const SECTIONS: Section[] = [
  { name: 'edge', run: edgeReport },
  { name: 'bytes', run: bytesReport },
  { name: 'hydration', run: hydrationReport },
  { name: 'phone', run: phoneReport },
  { name: 'build', run: buildReport },
  { name: 'encyclopedia', run: encyclopediaReport },
  { name: 'publish', run: publishReport },
  { name: 'search', run: searchReport },
  { name: 'scale', run: scaleReport },
  { name: 'load', run: loadReport },
]

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown (not a git checkout)'
  }
}

function machine(): string {
  const cpu = os.cpus()
  return [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on commit ${commit()}.`,
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 1024 ** 3)} GB memory, ${os.type()} ${os.release()}, Node ${process.version}.`,
    'Everything (load tool, servers, browsers) on the same machine, over loopback.',
  ].join('\n')
}

async function main() {
  const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean)
  const chosen = only.length ? SECTIONS.filter((s) => only.includes(s.name)) : SECTIONS
  const out = ['# Benchmark results', machine()]
  console.log(out.join('\n\n'))
  for (const section of chosen) {
    const started = Date.now()
    let text: string
    try {
      text = await section.run()
    } catch (error) {
      process.exitCode = 1
      text = `## ${section.name}: failed\n\n    ${String(error instanceof Error ? error.message : error)
        .split('\n')
        .join('\n    ')}`
    }
    text += `\n\n_(${section.name}: ${Math.round((Date.now() - started) / 1000)} s)_`
    console.log(`\n${text}`)
    out.push(text)
  }
  if (process.argv.includes('--write')) {
    const file = path.join(__dirname, 'RESULTS.md')
    const partial = chosen.length < SECTIONS.length && fs.existsSync(file)
    fs.writeFileSync(
      file,
      partial ? merge(fs.readFileSync(file, 'utf8'), chosen, out.slice(2)) : `${out.join('\n\n')}\n`,
    )
    console.log(`\nwritten to ${path.relative(process.cwd(), file)}`)
  }
}

/** A subset run replaces its own sections in the recorded results and says so under the title. */
function merge(recorded: string, chosen: Section[], texts: string[]): string {
  let merged = recorded
  chosen.forEach((section, i) => {
    // From a "## " heading to this section's timing line, not crossing another section's timing line.
    const old = new RegExp(`## (?:(?!_\\([a-z]+: \\d+ s\\)_)[\\s\\S])*?_\\(${section.name}: \\d+ s\\)_`)
    merged = old.test(merged) ? merged.replace(old, () => texts[i]) : `${merged.trimEnd()}\n\n${texts[i]}\n`
  })
  const note = `Re-run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on commit ${commit()} (Node ${process.version}): ${chosen.map((c) => c.name).join(', ')}.`
  return merged.replace(/^(# Benchmark results\n\n[^\n]*\n[^\n]*\n[^\n]*\n)/, `$1${note}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
