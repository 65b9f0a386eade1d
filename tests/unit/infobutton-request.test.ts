/**
 * The parameters of /api/infobutton and /infobutton: the HL7 Infobutton URL-based guide's names, as an EHR
 * configured for MedlinePlus Connect sends them, with the guide's other parameters ignored but bounded.
 */
import { badParameter } from '../../lib/api/respond'
import {
  LIMITS,
  PARAM,
  parseInfobuttonRequest,
  requestCriteria,
  type InfobuttonRequest,
} from '../../lib/infobutton/request'

const ICD10CM = '2.16.840.1.113883.6.90'
const SNOMED = '2.16.840.1.113883.6.96'
const MESH = '2.16.840.1.113883.6.177'
const OMIM = '2.16.840.1.113883.6.174'
/** Orphanet's OID is only in a CI build of HL7 Terminology, so codes.ts leaves it out. */
const ORPHANET_PROVISIONAL = '1.3.6.1.4.1.12559.11.10.1.3.1.44.5'

const parse = (
  query: string | Record<string, string> | [string, string][],
  options?: Parameters<typeof parseInfobuttonRequest>[1],
) => parseInfobuttonRequest(new URLSearchParams(query), options)

function accepted(
  query: string | Record<string, string> | [string, string][],
  options?: Parameters<typeof parseInfobuttonRequest>[1],
): InfobuttonRequest {
  const result = parse(query, options)
  if (!result.ok) throw new Error(`refused: ${result.parameter} ${result.reason}`)
  return result.value
}

function refused(
  query: string | Record<string, string> | [string, string][],
  options?: Parameters<typeof parseInfobuttonRequest>[1],
) {
  const result = parse(query, options)
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value)}`)
  return result
}

const code = (c: string, cs = ICD10CM) => ({ [PARAM.code]: c, [PARAM.codeSystem]: cs })

describe('infobutton request: the main search criteria', () => {
  it('takes a code with its system OID, as MedlinePlus Connect does', () => {
    expect(accepted(`mainSearchCriteria.v.cs=${ICD10CM}&mainSearchCriteria.v.c=E83.59`)).toEqual({
      code: 'E83.59',
      codeSystemOid: ICD10CM,
      system: 'icd10cm',
      displayName: undefined,
      language: undefined,
      languageServed: true,
      recipient: 'PAT',
      responseType: 'text/xml',
    })
  })

  it.each([
    [ICD10CM, 'icd10cm'],
    [SNOMED, 'snomed'],
    [MESH, 'mesh'],
    [OMIM, 'omim'],
    [` ${SNOMED} `, 'snomed'],
  ])('knows the code system %s', (oid, system) => {
    expect(accepted(code('X', oid)).system).toBe(system)
  })

  it.each([
    ['an OID nobody holds', '1.2.3.4'],
    ["Orphanet's provisional OID", ORPHANET_PROVISIONAL],
    ['ICD-9-CM (MedlinePlus Connect holds it, we do not)', '2.16.840.1.113883.6.103'],
    ['a name instead of an OID', 'ICD10CM'],
  ])('accepts %s as a code system it does not hold', (_what, oid) => {
    const request = accepted(code('E83.59', oid))
    expect(request).toMatchObject({ code: 'E83.59', codeSystemOid: oid, system: undefined })
  })

  it('takes a display name alone', () => {
    expect(accepted({ [PARAM.displayName]: ' Calciphylaxis ' })).toMatchObject({
      code: undefined,
      system: undefined,
      displayName: 'Calciphylaxis',
    })
  })

  it('keeps the display name beside a code, to search when the code matches nothing', () => {
    expect(accepted({ ...code('E83.99'), [PARAM.displayName]: 'Calciphylaxis' })).toMatchObject({
      code: 'E83.99',
      system: 'icd10cm',
      displayName: 'Calciphylaxis',
    })
  })

  it('ignores a code system sent without a code: there is nothing to look up in it', () => {
    expect(accepted({ [PARAM.codeSystem]: ICD10CM, [PARAM.displayName]: 'lupus' })).toMatchObject({
      code: undefined,
      codeSystemOid: undefined,
      system: undefined,
    })
  })

  it.each([
    ['nothing at all', ''],
    ['only unknown parameters', 'taskContext.c.c=PROBLISTREV&age.v.v=45'],
    ['only a code system', `mainSearchCriteria.v.cs=${ICD10CM}`],
    ['empty criteria', 'mainSearchCriteria.v.c=&mainSearchCriteria.v.dn=%20'],
  ])('refuses a request with %s, naming mainSearchCriteria.v.c', (_what, query) => {
    const result = refused(query)
    expect(result.parameter).toBe('mainSearchCriteria.v.c')
    expect(result.reason).toMatch(/^is required: give a code .* or a display name in mainSearchCriteria\.v\.dn$/)
  })

  it('refuses a code without its code system, naming mainSearchCriteria.v.cs, even beside a display name', () => {
    for (const query of [
      'mainSearchCriteria.v.c=E83.59',
      'mainSearchCriteria.v.c=E83.59&mainSearchCriteria.v.cs=',
      'mainSearchCriteria.v.c=E83.59&mainSearchCriteria.v.dn=Calciphylaxis',
    ]) {
      const result = refused(query)
      expect([query, result.parameter]).toEqual([query, 'mainSearchCriteria.v.cs'])
      expect(result.reason).toMatch(
        /^is required with a code: give the OID .*2\.16\.840\.1\.113883\.6\.90 for ICD-10-CM$/,
      )
    }
  })

  it('treats an empty value as none (MedlinePlus Connect echoes missing criteria as "")', () => {
    expect(accepted('mainSearchCriteria.v.c=&mainSearchCriteria.v.cs=&mainSearchCriteria.v.dn=lupus')).toMatchObject({
      code: undefined,
      displayName: 'lupus',
    })
  })
})

describe('infobutton request: recipient, language and response type', () => {
  const base = { [PARAM.displayName]: 'lupus' }

  it.each([
    [undefined, 'PAT'],
    ['PAT', 'PAT'],
    ['PROV', 'PROV'],
    ['prov', 'PROV'],
    ['PAYOR', 'PAYOR'],
  ])('informationRecipient=%s is %s', (value, recipient) => {
    expect(accepted(value === undefined ? base : { ...base, [PARAM.recipient]: value }).recipient).toBe(recipient)
  })

  it('refuses another recipient, saying which it takes', () => {
    expect(refused({ ...base, [PARAM.recipient]: 'DOCTOR' })).toEqual({
      ok: false,
      parameter: 'informationRecipient',
      reason: 'must be one of PAT, PROV, PAYOR',
    })
  })

  it.each(['en', 'EN', 'en-US', 'en-GB', 'en_US', 'eng'])('serves %s as English', (language) => {
    expect(accepted({ ...base, [PARAM.language]: language })).toMatchObject({ language, languageServed: true })
  })

  it.each(['es', 'es-MX', 'fr', 'spa', 'de-CH'])(
    'answers %s in English and says so (languageServed false)',
    (language) => {
      expect(accepted({ ...base, [PARAM.language]: language })).toMatchObject({ language, languageServed: false })
    },
  )

  it('serves English when no language is asked for', () => {
    expect(accepted(base)).toMatchObject({ language: undefined, languageServed: true })
  })

  it.each(['en US', '<script>', 'en--US', '1234567890'])('refuses %j as a language code', (language) => {
    expect(refused({ ...base, [PARAM.language]: language })).toMatchObject({
      parameter: 'informationRecipient.languageCode.c',
      reason: 'must be a language code such as en, en-US or es',
    })
  })

  it.each([
    [undefined, 'text/xml'],
    ['text/xml', 'text/xml'],
    ['application/json', 'application/json'],
    ['Application/JSON', 'application/json'],
  ])('knowledgeResponseType=%s answers %s', (value, type) => {
    expect(accepted(value === undefined ? base : { ...base, [PARAM.responseType]: value }).responseType).toBe(type)
  })

  it('refuses JSONP, saying that CORS is offered instead', () => {
    const result = refused({ ...base, [PARAM.responseType]: 'application/javascript', callback: 'cb' })
    expect(result.parameter).toBe('knowledgeResponseType')
    expect(result.reason).toMatch(
      /^must be text\/xml or application\/json: JSONP \(application\/javascript\) is not offered, because .*CORS/,
    )
  })

  it('refuses other response types', () => {
    expect(refused({ ...base, [PARAM.responseType]: 'text/html' })).toMatchObject({
      parameter: 'knowledgeResponseType',
      reason: 'must be text/xml or application/json',
    })
  })

  it('lets the reader page ignore knowledgeResponseType (it always answers HTML)', () => {
    expect(
      accepted({ ...base, [PARAM.responseType]: 'application/javascript' }, { readResponseType: false }).responseType,
    ).toBe('text/xml')
  })
})

describe('infobutton request: other parameters and bounds', () => {
  it('ignores the guide parameters it does not use, as EHRs send them', () => {
    const query = [
      `mainSearchCriteria.v.cs=${ICD10CM}`,
      'mainSearchCriteria.v.c=E83.59',
      'mainSearchCriteria.v.ot=calciphylaxis%20of%20the%20leg',
      'taskContext.c.c=PROBLISTREV',
      'patientPerson.administrativeGenderCode.c=F',
      'age.v.v=45',
      'age.v.u=a',
      'informationRecipient.healthCareProvider.c.c=163W00000X',
      'performer=PROV',
      'knowledgeRequestNotification.effectiveTime.v=20260101120000',
      'callback=cb',
      'taskContext.c.c=MLREV',
    ].join('&')
    expect(accepted(query)).toMatchObject({ code: 'E83.59', system: 'icd10cm', recipient: 'PAT' })
  })

  it.each([
    [PARAM.code, LIMITS.code],
    [PARAM.codeSystem, LIMITS.codeSystem],
    [PARAM.displayName, LIMITS.displayName],
    [PARAM.language, LIMITS.language],
  ])('bounds %s at %i characters', (name, max) => {
    const query = { ...code('E83.59'), [PARAM.displayName]: 'x' }
    // A language code is letters and digits in subtags of at most eight: en-abcdefg-abcdefg-…
    const of = (length: number) =>
      name === PARAM.language ? `en${'-abcdefg'.repeat(8)}`.slice(0, length).replace(/-$/, 'x') : 'a'.repeat(length)
    const [at, fill] = [of(max), of(max + 1)]
    expect([at.length, fill.length]).toEqual([max, max + 1])
    expect(parse({ ...query, [name]: at }).ok).toBe(true)
    expect(refused({ ...query, [name]: fill })).toEqual({
      ok: false,
      parameter: name,
      reason: `must be at most ${max} characters`,
    })
  })

  it('bounds the parameters it ignores: their values, their names and their number', () => {
    const base: [string, string][] = [[PARAM.displayName, 'lupus']]
    expect(parse([...base, ['mainSearchCriteria.v.ot', 'x'.repeat(LIMITS.otherValue)]]).ok).toBe(true)
    expect(refused([...base, ['mainSearchCriteria.v.ot', 'x'.repeat(LIMITS.otherValue + 1)]])).toEqual({
      ok: false,
      parameter: 'mainSearchCriteria.v.ot',
      reason: `must be at most ${LIMITS.otherValue} characters`,
    })
    expect(refused([...base, ['n'.repeat(LIMITS.otherName + 1), '1']])).toMatchObject({
      reason: `must have a name of at most ${LIMITS.otherName} characters`,
    })
    const many = (n: number): [string, string][] => [
      ...base,
      ...Array.from({ length: n - 1 }, (_, i): [string, string] => [`observation${i}.v.c`, '1']),
    ]
    expect(parse(many(LIMITS.parameters)).ok).toBe(true)
    expect(refused(many(LIMITS.parameters + 1))).toEqual({
      ok: false,
      parameter: `observation${LIMITS.parameters - 1}.v.c`,
      reason: `is one too many: a request may have at most ${LIMITS.parameters} parameters`,
    })
  })

  it('refuses a criterion given twice, as the JSON API does', () => {
    expect(
      refused(`mainSearchCriteria.v.cs=${ICD10CM}&mainSearchCriteria.v.c=E83.59&mainSearchCriteria.v.c=E83.52`),
    ).toEqual({
      ok: false,
      parameter: 'mainSearchCriteria.v.c',
      reason: 'must be given once, not several times',
    })
  })

  it('answers a bad request in the API words: a JSON body naming the parameter, with CORS', async () => {
    const result = refused('taskContext.c.c=PROBLISTREV')
    const response = badParameter(result.parameter, result.reason)
    expect(response.status).toBe(400)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const body = (await response.json()) as Record<string, string>
    expect(body).toEqual({
      error: `Parameter "mainSearchCriteria.v.c" ${result.reason}.`,
      parameter: 'mainSearchCriteria.v.c',
      reason: result.reason,
    })
  })
})

describe('infobutton request: the criteria it echoes', () => {
  it('lists the criteria given, in the guide names, in a fixed order, the recipient always', () => {
    const request = accepted({
      [PARAM.language]: 'es',
      [PARAM.displayName]: 'Calciphylaxis',
      ...code(' E83.59 '),
      taskContext: 'x',
      [PARAM.responseType]: 'application/json',
    })
    expect(requestCriteria(request)).toEqual([
      ['mainSearchCriteria.v.c', 'E83.59'],
      ['mainSearchCriteria.v.cs', ICD10CM],
      ['mainSearchCriteria.v.dn', 'Calciphylaxis'],
      ['informationRecipient', 'PAT'],
      ['informationRecipient.languageCode.c', 'es'],
    ])
    expect(requestCriteria(accepted({ [PARAM.displayName]: 'lupus', [PARAM.recipient]: 'prov' }))).toEqual([
      ['mainSearchCriteria.v.dn', 'lupus'],
      ['informationRecipient', 'PROV'],
    ])
  })
})
