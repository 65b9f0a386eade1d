/**
 * The parameters of an HL7 Infobutton knowledge request (URL-based implementation guide), as MedlinePlus
 * Connect takes them, so an EHR configured for MedlinePlus Connect can point here by changing the base URL.
 * EHRs send many more of the guide's parameters (taskContext.c.c, age.v.v, patientPerson.…): those are
 * ignored, not refused as the JSON API would, and only their number and length are bounded.
 */
import type { ParamResult } from '../api/params'
import { codeSystemByOid, type CodeSystemId } from '../domain/codes'
import { cleanText } from './text'

/** The parameter names, exactly as the guide spells them. */
export const PARAM = {
  code: 'mainSearchCriteria.v.c',
  codeSystem: 'mainSearchCriteria.v.cs',
  displayName: 'mainSearchCriteria.v.dn',
  recipient: 'informationRecipient',
  language: 'informationRecipient.languageCode.c',
  responseType: 'knowledgeResponseType',
} as const

const KNOWN: readonly string[] = Object.values(PARAM)

export const RECIPIENTS = ['PAT', 'PROV', 'PAYOR'] as const
export type Recipient = (typeof RECIPIENTS)[number]

export const RESPONSE_TYPES = ['text/xml', 'application/json'] as const
export type ResponseType = (typeof RESPONSE_TYPES)[number]

export const LIMITS = {
  code: 40,
  codeSystem: 100,
  // Longer than search reads (200): a long ICD-10-CM description is searched by its start, not refused.
  displayName: 500,
  // BCP 47 tags in practice (RFC 5646 asks for at least 35 characters).
  language: 35,
  /** Any parameter this service ignores. */
  otherValue: 2000,
  otherName: 200,
  parameters: 100,
} as const

/** An example OID for messages: ICD-10-CM's. */
const EXAMPLE_OID = '2.16.840.1.113883.6.90'

export interface InfobuttonRequest {
  /** The code as sent, trimmed. */
  code?: string
  /** The code system's OID as sent, trimmed. */
  codeSystemOid?: string
  /** The code system that OID names, when this service holds it. */
  system?: CodeSystemId
  displayName?: string
  /** The language asked for, as sent; undefined when none was. */
  language?: string
  /** Whether the answer is in the language asked for (English, or none asked for): only English content exists. */
  languageServed: boolean
  recipient: Recipient
  responseType: ResponseType
}

export interface ParseOptions {
  /** The reader page answers HTML whatever knowledgeResponseType says, so it does not read it. */
  readResponseType?: boolean
}

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/
// en, en-US, en_US; and eng, the ISO 639-2 code some systems send.
const ENGLISH = /^eng?(?:[-_]|$)/i

/** Parse a knowledge request; the first problem names its parameter, in the API's words. */
export function parseInfobuttonRequest(
  search: URLSearchParams,
  options: ParseOptions = {},
): ParamResult<InfobuttonRequest> {
  const fail = (parameter: string, reason: string): ParamResult<InfobuttonRequest> => ({
    ok: false,
    parameter: parameter.slice(0, 60),
    reason,
  })

  let count = 0
  for (const [name, value] of search) {
    count += 1
    if (count > LIMITS.parameters)
      return fail(name, `is one too many: a request may have at most ${LIMITS.parameters} parameters`)
    if (KNOWN.includes(name)) continue
    if (name.length > LIMITS.otherName) return fail(name, `must have a name of at most ${LIMITS.otherName} characters`)
    if (value.length > LIMITS.otherValue) return fail(name, `must be at most ${LIMITS.otherValue} characters`)
  }

  const values: Partial<Record<string, string>> = {}
  for (const [name, max] of [
    [PARAM.code, LIMITS.code],
    [PARAM.codeSystem, LIMITS.codeSystem],
    [PARAM.displayName, LIMITS.displayName],
    [PARAM.recipient, 20],
    [PARAM.language, LIMITS.language],
    [PARAM.responseType, 60],
  ] as const) {
    const given = search.getAll(name)
    if (given.length > 1) return fail(name, 'must be given once, not several times')
    // Characters no output can carry (%01) are dropped here, so every echo of the value is the same.
    const value = given[0] === undefined ? undefined : cleanText(given[0]).trim()
    if (value && value.length > max) return fail(name, `must be at most ${max} characters`)
    // An empty value is the same as none: MedlinePlus Connect itself echoes missing criteria as "".
    if (value) values[name] = value
  }

  let responseType: ResponseType = 'text/xml'
  const askedType = values[PARAM.responseType]?.toLowerCase()
  if (options.readResponseType !== false && askedType !== undefined) {
    if (askedType === 'application/javascript' || askedType === 'text/javascript')
      return fail(
        PARAM.responseType,
        'must be text/xml or application/json: JSONP (application/javascript) is not offered, because the service allows requests from any origin (CORS), so a page can read the JSON directly',
      )
    if (!(RESPONSE_TYPES as readonly string[]).includes(askedType))
      return fail(PARAM.responseType, `must be ${RESPONSE_TYPES.join(' or ')}`)
    responseType = askedType as ResponseType
  }

  let recipient: Recipient = 'PAT'
  const askedRecipient = values[PARAM.recipient]?.toUpperCase()
  if (askedRecipient !== undefined) {
    if (!(RECIPIENTS as readonly string[]).includes(askedRecipient))
      return fail(PARAM.recipient, `must be one of ${RECIPIENTS.join(', ')}`)
    recipient = askedRecipient as Recipient
  }

  const language = values[PARAM.language]
  if (language !== undefined && !LANGUAGE_TAG.test(language))
    return fail(PARAM.language, 'must be a language code such as en, en-US or es')

  const code = values[PARAM.code]
  const codeSystemOid = values[PARAM.codeSystem]
  const displayName = values[PARAM.displayName]
  if (code !== undefined && codeSystemOid === undefined)
    return fail(
      PARAM.codeSystem,
      `is required with a code: give the OID of the code's system, such as ${EXAMPLE_OID} for ICD-10-CM`,
    )
  if (code === undefined && displayName === undefined)
    return fail(
      PARAM.code,
      `is required: give a code (and its system's OID in ${PARAM.codeSystem}) or a display name in ${PARAM.displayName}`,
    )

  return {
    ok: true,
    value: {
      code,
      // A system without a code has nothing to look up; only the display name is searched then.
      codeSystemOid: code === undefined ? undefined : codeSystemOid,
      system: code !== undefined && codeSystemOid !== undefined ? codeSystemByOid(codeSystemOid)?.id : undefined,
      displayName,
      language,
      languageServed: language === undefined || ENGLISH.test(language),
      recipient,
      responseType,
    },
  }
}

/**
 * The criteria of a request in the guide's parameter names, in a fixed order: echoed in the answer and used
 * for its addresses. The response type is left out: it chooses a representation, not the knowledge.
 */
/** The parameters a request's criteria are echoed under (all but the response type). */
export type CriterionParam = Exclude<(typeof PARAM)[keyof typeof PARAM], typeof PARAM.responseType>

export function requestCriteria(request: InfobuttonRequest): [CriterionParam, string][] {
  const criteria: [CriterionParam, string | undefined][] = [
    [PARAM.code, request.code],
    [PARAM.codeSystem, request.codeSystemOid],
    [PARAM.displayName, request.displayName],
    [PARAM.recipient, request.recipient],
    [PARAM.language, request.language],
  ]
  return criteria.filter((c): c is [CriterionParam, string] => c[1] !== undefined)
}
