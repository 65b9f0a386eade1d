/** Runs tests/e2e/support/lighthouse.mjs (Lighthouse is ESM-only) and reads the scores it prints. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './site'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/** Per URL: each category's score, the failing audits, Total Blocking Time (ms) and bytes transferred. */
export type Scores = Record<
  string,
  Record<(typeof CATEGORIES)[number], number | null> & {
    failing: string[]
    /** Per category, the weighted audits scoring below 1. */
    lost?: Partial<Record<(typeof CATEGORIES)[number], string[]>>
    tbt: number | null
    transfer: number | null
    /** The host's benchmarkIndex and the CPU slowdown calibrated from it (preset `mobile` only). */
    cpu?: { index: number; multiplier: number }
  }
>

/**
 * The 404 page must answer 404 and ask not to be indexed, and Chromium logs a document's error status: the
 * audits that check those fail there by design, so its SEO and best practices are judged without them.
 */
export const BECAUSE_404: Partial<Record<(typeof CATEGORIES)[number], string[]>> = {
  seo: ['http-status-code', 'is-crawlable'],
  'best-practices': ['errors-in-console'],
}

export type Preset = 'mobile' | 'mobile-default' | 'desktop'

export function lighthouse(preset: Preset, urls: string[]): Promise<Scores> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'tests', 'e2e', 'support', 'lighthouse.mjs'), preset, ...urls],
      {
        cwd: ROOT,
      },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    child.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? ''
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`lighthouse exited ${code}:\n${err}\n${out}`))
      else resolve(JSON.parse(last) as Scores)
    })
  })
}

export const show = (score: number | null | undefined) =>
  typeof score === 'number' ? score.toFixed(2) : 'not recorded'
