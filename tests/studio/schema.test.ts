/**
 * The Studio schema compiles without problems (createSchema, in-process: what `sanity schema validate` and
 * the Studio itself check), and the entry form follows the reader page.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createSchema, type ObjectSchemaType } from 'sanity'
import { SECTIONS, SECTION_GROUPS } from '../../lib/domain/sections'
import { SummaryInput } from '../../sanity/components/SummaryInput'
import { studioSchema } from '../../sanity/offline-validation'
import { schemaTypes } from '../../sanity/schemaTypes'

const problems = (schema: ReturnType<typeof createSchema>) =>
  (schema._validation ?? []).flatMap((group) => group.problems.map((p) => ({ path: group.path, ...p })))

describe('the Studio schema', () => {
  it('compiles with no errors and no warnings', () => {
    expect(problems(studioSchema())).toEqual([])
  })

  it('would report a broken type (the check can fail)', () => {
    const broken = createSchema({
      name: 'broken',
      types: [...schemaTypes, { name: 'oops', type: 'document', fields: [{ name: 'x', type: 'noSuchType' }] }],
    })
    expect(problems(broken)).toContainEqual(expect.objectContaining({ severity: 'error' }))
  })

  it('has one type per file, named after it', () => {
    const dir = path.join(__dirname, '..', '..', 'sanity', 'schemaTypes')
    const files = ['documents', 'objects'].flatMap((sub) =>
      fs.readdirSync(path.join(dir, sub)).map((f) => path.join(dir, sub, f)),
    )
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      expect({ file: path.basename(file), types: text.match(/defineType\(/g)?.length }).toEqual({
        file: path.basename(file),
        types: 1,
      })
    }
    expect(files.map((f) => path.basename(f, '.ts')).sort()).toEqual(schemaTypes.map((t) => t.name).sort())
  })
})

describe('the entry form follows the reader page', () => {
  const disease = studioSchema().get('disease') as ObjectSchemaType
  const fieldNames = disease.fields.map((f) => f.name)
  const groupOf = (name: string) => disease.fields.find((f) => f.name === name)?.group

  it('has field groups in page order: header, when to get help, the three section groups, media, related, references, review', () => {
    expect(disease.groups?.map((g) => g.name)).toEqual([
      'identity',
      'help',
      'classification',
      ...SECTION_GROUPS.map((g) => g.name),
      'media',
      'related',
      'references',
      'review',
    ])
    expect(disease.groups?.filter((g) => SECTION_GROUPS.some((s) => s.name === g.name)).map((g) => g.title)).toEqual(
      SECTION_GROUPS.map((g) => g.title),
    )
  })

  it('puts every field in a group that exists', () => {
    const groups = new Set(disease.groups?.map((g) => g.name))
    for (const field of disease.fields)
      expect({ field: field.name, inGroup: groups.has(String(field.group)) }).toEqual({
        field: field.name,
        inGroup: true,
      })
  })

  it('lists the sections in reading order, each in its page group', () => {
    const sectionFields = fieldNames.filter((n) => SECTIONS.some((s) => s.key === n))
    expect(sectionFields).toEqual(SECTIONS.map((s) => s.key))
    for (const s of SECTIONS) expect([s.key, groupOf(s.key)]).toEqual([s.key, s.group])
  })

  it('places what the page shows inside a section right after that section', () => {
    const after = (section: string) => fieldNames.slice(fieldNames.indexOf(section) + 1)
    expect(after('overview').slice(0, 1)).toEqual(['subtypes'])
    expect(after('diagnosis').slice(0, 2)).toEqual(['typicalTests', 'differentialDiagnoses'])
    expect([groupOf('subtypes'), groupOf('typicalTests'), groupOf('differentialDiagnoses')]).toEqual([
      'about',
      'diagnosis',
      'diagnosis',
    ])
  })

  it('shows the reading level under the summary', () => {
    const summary = disease.fields.find((f) => f.name === 'summary')
    expect(summary?.type.components?.input).toBe(SummaryInput)
  })
})
