/**
 * Every benchmark in one run, printed as Markdown (the format of bench/RESULTS.md): the cached entry page
 * against nginx, bytes per page type, next build with the bundled dataset and 1,000 and 10,000 synthetic
 * entries (and the first render of a not-prerendered entry on the largest), webhook to fresh page, search
 * latency over 10,000 entries, scale-out with a shared cache, and the 60 s load test.
 * Run: npm run bench            prints the results
 *      npm run bench -- --write  also writes them to bench/RESULTS.md
 *      BENCH_ONLY=edge,bytes npm run bench   a subset (edge, bytes, build, publish, search, scale, load);
 *        with --write it replaces only those sections of bench/RESULTS.md
 * Nothing else should run on the machine meanwhile: every figure shares its cores.
 */
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchBuild } from './build'
import { benchBytes } from './bytes'
import { benchEdge } from './edge'
import { benchLoad } from './load'
import { benchPublish } from './publish'
import { benchScale } from './scale'
import { benchSearch } from './search'
import { table } from './lib/stats'

type Section = { name: string; run: () => Promise<string> }

const SECTIONS: Section[] = [
  {
    name: 'edge',
    run: async () => {
      const r = await benchEdge()
      const { connections, threads, seconds } = r.settings
      return [
        `## Cached entry page: next start, the nginx edge, and nginx serving the same bytes`,
        `${r.page} (${r.pageBytes} bytes of HTML), wrk -t${threads} -c${connections} -d${seconds}s on loopback, after a 2 s warm-up each; ${r.rounds} rounds taking turns, each target's median round shown.`,
        table(r.rows),
        `Edge / static file: ${r.edgeVsStatic.toFixed(3)}× (target ≥ 0.9×: ${r.edgeVsStatic >= 0.9 ? 'met' : 'not met'}; per round ${r.edgeVsStaticPerRound.map((x) => x.toFixed(2)).join(', ')}). Edge / next start alone: ${r.edgeVsNext.toFixed(1)}×.`,
      ].join('\n\n')
    },
  },
  {
    name: 'bytes',
    run: async () => ['## Bytes per page type (first visit, gzip level 6)', table(await benchBytes())].join('\n\n'),
  },
  {
    name: 'build',
    run: async () => {
      const r = await benchBuild()
      const parts = ['## next build: time and peak memory (whole process tree)', table(r.rows)]
      if (r.firstRender.length)
        parts.push(`### First render of entries that were not prerendered (${r.largest.toLocaleString('en')}-entry build, server warmed up)`, table(r.firstRender))
      return parts.join('\n\n')
    },
  },
  {
    name: 'publish',
    run: async () => ['## From webhook to fresh page (local mode)', table(await benchPublish())].join('\n\n'),
  },
  {
    name: 'search',
    run: async () => {
      const r = await benchSearch()
      return [`## Search latency over ${r.count.toLocaleString('en')} synthetic entries (index built in ${Math.round(r.buildMs)} ms)`, table(r.rows), `p95 ${r.p95.toFixed(2)} ms.`].join('\n\n')
    },
  },
  {
    name: 'scale',
    run: async () => {
      const r = await benchScale()
      const { connections, threads, seconds } = r.settings
      return [`## Scale-out with a shared Redis cache (wrk -t${threads} -c${connections} -d${seconds}s through an nginx balancer)`, table(r.rows), `Two instances / one: ${r.twoVsOne.toFixed(2)}×.`].join('\n\n')
    },
  },
  {
    name: 'load',
    run: async () => {
      const r = await benchLoad()
      const { connections, threads, seconds } = r.settings
      return [
        `## Load test: next start alone, ${r.paths} URLs in turn (wrk -t${threads} -c${connections} -d${seconds}s --timeout 10s), an entry published halfway`,
        table(r.rows),
        Object.entries(r.checks)
          .map(([check, ok]) => `- ${ok ? 'met' : '**not met**'}: ${check}`)
          .join('\n'),
        ...(r.errorLines.length ? [`Server log:\n\n    ${r.errorLines.join('\n    ')}`] : []),
      ].join('\n\n')
    },
  },
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
      text = `## ${section.name}: failed\n\n    ${String(error instanceof Error ? error.message : error).split('\n').join('\n    ')}`
    }
    text += `\n\n_(${section.name}: ${Math.round((Date.now() - started) / 1000)} s)_`
    console.log(`\n${text}`)
    out.push(text)
  }
  if (process.argv.includes('--write')) {
    const file = path.join(__dirname, 'RESULTS.md')
    const partial = chosen.length < SECTIONS.length && fs.existsSync(file)
    fs.writeFileSync(file, partial ? merge(fs.readFileSync(file, 'utf8'), chosen, out.slice(2)) : `${out.join('\n\n')}\n`)
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
  const note = `Re-run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on commit ${commit()}: ${chosen.map((c) => c.name).join(', ')}.`
  return merged.replace(/^(# Benchmark results\n\n[^\n]*\n[^\n]*\n[^\n]*\n)/, `$1${note}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
