/** Memory of a process and everything it started, read from /proc (Linux). */
import fs from 'node:fs'

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)])
    } catch {
      // The process ended while we looked.
    }
  }
  return map
}

/** Resident memory of `pid` and its descendants, in bytes. */
export function treeRss(pid: number): number {
  const kids = children()
  let total = 0
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop() as number
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))
      if (m) total += Number(m[1]) * 1024
    } catch {
      // Gone.
    }
    stack.push(...(kids.get(p) ?? []))
  }
  return total
}

/** Sample the tree's memory until stopped; returns the peak. */
export function watchPeak(pid: number, everyMs = 250): () => number {
  let peak = 0
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), everyMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}

export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
