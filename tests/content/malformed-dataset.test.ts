/**
 * A dataset with a malformed document and a dangling reference: every other page still gets its content,
 * and each problem is logged as document id · field path · reason.
 */
import path from 'node:path'
import { FIXTURES, captureWarnings, localApi } from '../support/content'

const { api } = localApi(path.join(FIXTURES, 'malformed.ndjson'))

describe('a dataset with bad documents', () => {
  it('leaves the malformed document out of every list and logs it once per read', async () => {
    const { result: index, warnings } = await captureWarnings(() => api.getEntryIndex())
    expect(index.map((e) => e.slug)).toEqual(['alpha-syndrome', 'beta-disease'])
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/invalid document left out · document=disease-broken path=summary reason=/),
      ]),
    )
  })

  it('answers null for the malformed document itself', async () => {
    const { result } = await captureWarnings(() => api.getEntry('broken-entry'))
    expect(result).toBeNull()
  })

  it('keeps the rest of an entry when one link dangles, one code is malformed and one link points at a broken entry', async () => {
    const { result: alpha, warnings } = await captureWarnings(() => api.getEntry('alpha-syndrome'))
    expect(alpha).not.toBeNull()
    expect(alpha?.associatedConditions.map((a) => a.condition.slug)).toEqual(['beta-disease'])
    expect(alpha?.codes).toEqual([{ system: 'icd10cm', code: 'E83.59' }])
    expect(alpha?.sections.overview[0].markDefs).toEqual([])
    const joined = warnings.join('\n')
    expect(joined).toMatch(
      /document=disease-alpha path=associatedConditions\[1\]\.condition reason="dangling reference/,
    )
    expect(joined).toMatch(/document=disease-alpha path=codes\[1\]\.code reason=".*not a valid ICD-10-CM code/)
    expect(joined).toMatch(/document=disease-alpha path=associatedConditions reason=".*broken-entry/)
  })

  it('still shows the valid entry that the broken one would have linked', async () => {
    const { result: beta } = await captureWarnings(() => api.getEntry('beta-disease'))
    expect(beta?.mentionedBy.map((m) => m.slug)).toEqual(['alpha-syndrome'])
  })
})
