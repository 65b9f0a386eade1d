/** How a benchmark script reports: its Markdown section (the format of bench/RESULTS.md) when run alone. */

/** Run a benchmark's report as a script: print it, or print the error and exit 1. */
export function runAlone(report: () => Promise<string>): void {
  report()
    .then((text) => console.log(text))
    .catch((error: unknown) => {
      console.error(error)
      process.exit(1)
    })
}

/** Paragraphs of a section, as Markdown. */
export const section = (...parts: string[]) => parts.join('\n\n')
