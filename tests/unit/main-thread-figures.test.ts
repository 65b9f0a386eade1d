import { mainThreadFigures } from '../../bench/hydration'

const meta = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
})
const task = (pid: number, tid: number, ts: number, durMs: number) => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur: durMs * 1000,
  pid,
  tid,
})

describe('mainThreadFigures (bench:hydration)', () => {
  it('takes the longest script task and the blocking time after the first paint from the page’s main thread only', () => {
    const events = [
      meta(1, 10, 'CrBrowserMain'),
      meta(2, 20, 'CrRendererMain'),
      meta(2, 21, 'Compositor'),
      task(2, 20, 0, 120), // layout before the first paint: longest, but no script and not blocking
      { name: 'firstContentfulPaint', ph: 'R', ts: 200_000, pid: 2, tid: 20 },
      task(2, 20, 300_000, 80), // 30 ms over
      { name: 'EvaluateScript', ph: 'X', ts: 301_000, dur: 70_000, pid: 2, tid: 20 },
      task(2, 20, 400_000, 40), // short
      task(2, 21, 500_000, 500), // another thread
      task(1, 10, 500_000, 900), // another process
    ]
    expect(mainThreadFigures(events)).toEqual({ longestScriptTaskMs: 80, blockingMs: 30 })
  })

  it('says what is missing from a trace it cannot read', () => {
    expect(() => mainThreadFigures([meta(2, 20, 'CrRendererMain')])).toThrow('no first contentful paint in the trace')
  })
})
