/**
 * `npm run content:check` on the bundled dataset and on copies with planted errors.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BUNDLED_DATASET } from '../support/content'
import { checkDataset } from '../../scripts/lib/check-dataset'

const ROOT = path.resolve(__dirname, '..', '..')
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx')

function check(file?: string) {
  const result = spawnSync(TSX, ['scripts/content-check.ts', ...(file ? [file] : [])], {
    cwd: ROOT,
    env: { ...process.env, DO_NOT_TRACK: '1' },
    encoding: 'utf8',
  })
  return { status: result.status, out: `${result.stdout}${result.stderr}` }
}

type Doc = Record<string, unknown> & { _id: string }

function plant(edit: (docs: Doc[]) => Doc[]): string {
  const docs = fs
    .readFileSync(BUNDLED_DATASET, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Doc)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'))
  const file = path.join(dir, 'planted.ndjson')
  fs.writeFileSync(
    file,
    edit(docs)
      .map((d) => JSON.stringify(d))
      .join('\n'),
  )
  return file
}

const byId = (docs: Doc[], id: string) => {
  const doc = docs.find((d) => d._id === id)
  if (!doc) throw new Error(`no ${id}`)
  return doc
}

describe('npm run content:check', () => {
  it('passes the bundled dataset', () => {
    const { status, out } = check()
    expect(out).toMatch(/production\.ndjson: \d+ documents, 0 errors/)
    expect(status).toBe(0)
  })

  it('fails with one readable line per planted error', () => {
    const file = plant((docs) => {
      const calc = byId(docs, 'disease-calciphylaxis')
      const ckd = byId(docs, 'disease-chronic-kidney-disease')
      const assoc = calc.associatedConditions as { condition: { _ref: string } }[]
      assoc[0].condition._ref = 'disease-does-not-exist'
      assoc[1].condition._ref = 'disease-calciphylaxis'
      ;(calc.codes as { code: string }[])[0].code = 'E8359'
      ;(calc.references as Record<string, unknown>[]).push({
        _type: 'citation',
        _key: 'orphan',
        title: 'A source nobody can find',
      })
      ;(calc.references as Record<string, unknown>[])[1].doi = 'doi.org/10.1000/x'
      ;(calc.images as Record<string, unknown>[])[0].alt = ''
      calc.nextReview = '2020-01-01'
      ckd.slug = { _type: 'slug', current: 'calciphylaxis' }
      ckd.summary = 'Too short.'
      const t2d = byId(docs, 'disease-type-2-diabetes')
      delete t2d.whenToGetHelp
      delete t2d.reviewKind
      t2d._updatedAt = '2026-01-01T00:00:00Z'
      t2d.features = ['high blood sugar, see [[obesity]]']
      return docs
    })
    const { status, out } = check(file)
    expect(status).toBe(1)
    const lines = out.split('\n')
    const has = (re: RegExp) => expect(lines.some((l) => re.test(l))).toBe(true)
    has(
      /^ERROR disease-calciphylaxis · associatedConditions\[_key=="[^"]+"\]\.condition · dangling reference: no document "disease-does-not-exist"/,
    )
    has(/^ERROR disease-calciphylaxis · associatedConditions.* · .*linked to itself/)
    has(
      /^ERROR disease-calciphylaxis · codes\[_key=="[^"]+"\]\.code · "E8359" is not a valid ICD-10-CM code: expected .*E83\.59/,
    )
    has(/^ERROR disease-calciphylaxis · references\[_key=="orphan"\]\.title · A citation needs a URL, a DOI or a PMID/)
    has(/^ERROR disease-calciphylaxis · references\[_key=="[^"]+"\]\.doi · .*is not a DOI/)
    has(/^ERROR disease-calciphylaxis · images\[_key=="[^"]+"\]\.alt · /)
    has(/^ERROR disease-calciphylaxis · nextReview · "Next review due" \(2020-01-01\) must come after "Last reviewed"/)
    has(/^ERROR disease-chronic-kidney-disease · slug · slug "calciphylaxis" is already used by disease-calciphylaxis/)
    has(/^ERROR disease-chronic-kidney-disease · summary · The summary is 10 characters/)
    has(
      /^ERROR disease-type-2-diabetes · whenToGetHelp · Add "When to get help": at least one situation under "See a doctor soon" and "Get medical help today"/,
    )
    has(/^ERROR disease-type-2-diabetes · reviewKind · Say what kind of review the entry had/)
    has(
      /^ERROR disease-type-2-diabetes · _updatedAt · changed \(2026-01-01T00:00:00Z\) before it was created \(2026-11-20T09:00:00Z\)/,
    )
    has(/^ERROR disease-type-2-diabetes · features\[0\] · This text has a wiki link/)
    expect(out).toMatch(/planted\.ndjson: \d+ documents, \d+ errors/)
  }, 60_000)

  it('makes a summary above reading grade 9 an error for the bundled dataset, a warning for others', async () => {
    const hard =
      'Calciphylaxis constitutes a life-threatening vasculopathic disorder characterised by mural calcification of cutaneous arterioles, intimal hyperplasia and consequent thrombotic occlusion, predominantly affecting individuals with established end-stage renal insufficiency.'
    const file = plant((docs) => {
      byId(docs, 'disease-calciphylaxis').summary = hard
      return docs
    })
    const grade = (strictReading: boolean) =>
      checkDataset(file, { strictReading }).then((r) =>
        r.problems.filter((p) => p.document === 'disease-calciphylaxis' && p.path === 'summary').map((p) => p.level),
      )
    expect(await grade(false)).toEqual(['warning'])
    expect(await grade(true)).toEqual(['error'])
  }, 60_000)

  it('warns when an associated condition does not link back, and stops when it does', async () => {
    const warningsAbout = async (file: string) =>
      (await checkDataset(file)).problems.filter(
        (p) => p.document === 'disease-breast-cancer' && /"Hypercalcaemia" does not list this entry/.test(p.message),
      )
    // The bundled dataset links the two both ways; removing hypercalcaemia's side plants the one-way link.
    const oneWay = plant((docs) => {
      const hyper = byId(docs, 'disease-hypercalcaemia')
      hyper.associatedConditions = ((hyper.associatedConditions as { condition: { _ref: string } }[]) ?? []).filter(
        (a) => a.condition._ref !== 'disease-breast-cancer',
      )
      return docs
    })
    expect(await warningsAbout(oneWay)).toEqual([
      expect.objectContaining({
        level: 'warning',
        path: expect.stringMatching(/^associatedConditions\[_key=="[^"]+"\]\.condition$/),
      }),
    ])
    const bothWays = plant((docs) => docs)
    expect(await warningsAbout(bothWays)).toEqual([])
  }, 60_000)

  it('names the line of a dataset that is not NDJSON', () => {
    const file = plant((docs) => docs)
    fs.appendFileSync(file, '\n{"_id": "broken", ')
    const { status, out } = check(file)
    expect(status).toBe(1)
    expect(out).toMatch(/^ERROR line \d+ · \(file\) · not valid JSON/m)
  }, 60_000)
})
