import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { addCompileHints, COMPILE_HINT } from '../../lib/build/compile-hints'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'))
  fs.mkdirSync(path.join(dir, 'static', 'chunks'), { recursive: true })
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const write = (file: string, text: string) => fs.writeFileSync(path.join(dir, file), text)
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8')

describe('addCompileHints', () => {
  it('puts the hint first in every root main script, once, and leaves other files alone', () => {
    write(
      'build-manifest.json',
      JSON.stringify({ rootMainFiles: ['static/chunks/a.js', 'static/chunks/b.js', 'static/chunks/c.css'] }),
    )
    write('static/chunks/a.js', 'console.log("a")')
    write('static/chunks/b.js', 'console.log("b")')
    write('static/chunks/c.css', 'body{}')
    write('static/chunks/page.js', 'console.log("page")')
    expect(addCompileHints(dir)).toEqual({ hinted: ['static/chunks/a.js', 'static/chunks/b.js'] })
    addCompileHints(dir)
    expect(read('static/chunks/a.js')).toBe(`${COMPILE_HINT}console.log("a")`)
    expect(read('static/chunks/b.js')).toBe(`${COMPILE_HINT}console.log("b")`)
    expect(read('static/chunks/c.css')).toBe('body{}')
    expect(read('static/chunks/page.js')).toBe('console.log("page")')
  })

  it('leaves a build without the list as it is, and says so', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      expect(addCompileHints(dir).hinted).toEqual([])
      write('build-manifest.json', JSON.stringify({ pages: {} }))
      expect(addCompileHints(dir).skipped).toMatch(/no rootMainFiles in .*build-manifest\.json/)
      expect(warn).toHaveBeenCalledTimes(2)
      expect(String(warn.mock.calls[0][0])).toMatch(/^\[build\] compile hints not added/)
    } finally {
      warn.mockRestore()
    }
  })
})
