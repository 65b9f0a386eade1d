/**
 * `npm audit --omit=dev` for what readers' servers run: fails on any high or critical advisory that the
 * README's "Security advisories" section does not explain (by naming the package in backticks there).
 * When the registry's advisory endpoint cannot be reached, it says so and exits 2: nothing was checked.
 * Run: npm run audit:prod
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export interface Advisory {
  name: string
  severity: string
  /** Advisory titles or the packages the vulnerability comes through. */
  via: string[]
}

export type AuditOutcome =
  { kind: 'checked'; advisories: Advisory[]; unexplained: Advisory[] } | { kind: 'unreachable'; reason: string }

type Report = {
  vulnerabilities?: Record<
    string,
    { name?: string; severity?: string; via?: (string | { title?: string; url?: string })[] }
  >
  error?: { summary?: string }
  message?: string
  statusCode?: number
}

/** High and critical entries of an `npm audit --json` report (format 2, npm 7 and later). */
export function highAndCritical(report: Report): Advisory[] {
  return Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => ({
      name: v.name ?? name,
      severity: v.severity as string,
      via: (v.via ?? []).map((x) => (typeof x === 'string' ? x : (x.title ?? x.url ?? ''))).filter(Boolean),
    }))
}

/** The README section that explains accepted advisories, or '' when there is none. */
export function explanations(readme: string): string {
  const start = readme.search(/^## Security advisories\s*$/m)
  if (start < 0) return ''
  const rest = readme.slice(start).split('\n').slice(1).join('\n')
  const end = rest.search(/^## /m)
  return end < 0 ? rest : rest.slice(0, end)
}

export function judge(report: Report, readme: string): AuditOutcome {
  if (!report.vulnerabilities) {
    const reason = report.message ?? report.error?.summary ?? 'npm audit gave no report'
    return { kind: 'unreachable', reason: reason.split('\n')[0] }
  }
  const advisories = highAndCritical(report)
  const section = explanations(readme)
  return { kind: 'checked', advisories, unexplained: advisories.filter((a) => !section.includes(`\`${a.name}\``)) }
}

export function runAudit(root: string): AuditOutcome {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['audit', '--omit=dev', '--json', '--fetch-retries=1', '--fetch-timeout=20000'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (result.error) return { kind: 'unreachable', reason: result.error.message }
  let report: Report
  try {
    report = JSON.parse(result.stdout) as Report
  } catch {
    return {
      kind: 'unreachable',
      reason: `npm audit printed no JSON (exit ${result.status}): ${result.stderr.trim().split('\n')[0] ?? ''}`,
    }
  }
  return judge(report, fs.readFileSync(path.join(root, 'README.md'), 'utf8'))
}

if (require.main === module) {
  const outcome = runAudit(path.resolve(__dirname, '..'))
  if (outcome.kind === 'unreachable') {
    console.error(`npm audit: the advisory endpoint could not be reached, nothing was checked (${outcome.reason})`)
    process.exit(2)
  }
  for (const a of outcome.advisories)
    console.log(
      `${outcome.unexplained.includes(a) ? 'UNEXPLAINED' : 'explained  '} ${a.severity} ${a.name}: ${a.via.join('; ')}`,
    )
  console.log(
    `npm audit --omit=dev: ${outcome.advisories.length} high or critical, ${outcome.unexplained.length} not explained in the README`,
  )
  process.exit(outcome.unexplained.length ? 1 : 0)
}
