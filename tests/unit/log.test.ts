/** Log lines that anonymous requests can cause are limited per minute and counted, never one per request. */
import { LIMITED_LINES_PER_MINUTE, warnLimited } from '@/lib/log'

describe('warnLimited', () => {
  it('writes a few lines a minute, counts the rest, and reports the count with the next line', () => {
    const lines: string[] = []
    const spy = jest.spyOn(console, 'warn').mockImplementation((line: string) => void lines.push(line))
    try {
      const t0 = 1_000_000
      for (let i = 0; i < 1000; i++)
        warnLimited('test:flood', 'media', 'image file not found', { file: `f${i}.svg` }, t0 + i)
      expect(lines).toHaveLength(LIMITED_LINES_PER_MINUTE)
      expect(lines[0]).toBe('[media] image file not found · file=f0.svg')
      warnLimited('test:other', 'publish', 'webhook refused', {}, t0 + 2000)
      expect(lines).toHaveLength(LIMITED_LINES_PER_MINUTE + 1)
      warnLimited('test:flood', 'media', 'image file not found', { file: 'late.svg' }, t0 + 60_000)
      expect(lines.at(-1)).toBe(
        `[media] image file not found · file=late.svg suppressed=${1000 - LIMITED_LINES_PER_MINUTE}`,
      )
    } finally {
      spy.mockRestore()
    }
  })
})
