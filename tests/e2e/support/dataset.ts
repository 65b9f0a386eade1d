/**
 * A private copy of the bundled dataset (with its images) that a test edits and publishes, as an editor
 * would: the servers under test read the copy, never the bundled file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BUNDLED_DATASET } from '../../support/content'

export type Doc = Record<string, unknown> & { _id: string }

export interface DatasetCopy {
  /** The NDJSON file, for CONTENT_DATASET. */
  file: string
  docs: () => Doc[]
  write: (docs: Doc[]) => void
  /** Change one document in place. */
  edit: (id: string, change: (doc: Doc) => void) => void
  remove: () => void
}

export function copyDataset(prefix: string): DatasetCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`))
  const file = path.join(dir, 'production.ndjson')
  fs.copyFileSync(BUNDLED_DATASET, file)
  fs.cpSync(path.join(path.dirname(BUNDLED_DATASET), 'images'), path.join(dir, 'images'), { recursive: true })
  const docs = () =>
    fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Doc)
  const write = (list: Doc[]) => fs.writeFileSync(file, `${list.map((d) => JSON.stringify(d)).join('\n')}\n`)
  return {
    file,
    docs,
    write,
    edit: (id, change) => {
      const list = docs()
      change(list.find((d) => d._id === id) as Doc)
      write(list)
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}

/** The title of an entry page. */
export const titleOf = (html: string) => /<h1 id="entry-title">([^<]*)<\/h1>/.exec(html)?.[1]
