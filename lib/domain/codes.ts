/**
 * Clinical coding systems an entry can carry, with the format each code must have.
 * Used by the Studio's validation, the zod models, the dataset checker and the code lookup API.
 */

export const CODE_SYSTEMS = [
  {
    id: 'icd10cm',
    name: 'ICD-10-CM',
    /** HL7 OID, as EHRs name the system in Infobutton requests (HL7 Terminology, CodeSystem icd10CM). */
    oid: '2.16.840.1.113883.6.90',
    /** FHIR Coding.system values that mean this system, the canonical first (HL7 Terminology). */
    fhirSystems: ['http://hl7.org/fhir/sid/icd-10-cm'],
    /** The schema.org / FHIR-style system identifier. */
    uri: 'http://hl7.org/fhir/sid/icd-10-cm',
    example: 'E83.59',
    rule: 'a letter, two characters, then optionally a dot and up to four more (e.g. E83.59)',
    url: (code: string) => `https://www.icd10data.com/search?s=${encodeURIComponent(code)}`,
  },
  {
    id: 'icd11',
    name: 'ICD-11',
    // HL7 Terminology's NamingSystem ICD11MMS has a URI and no OID.
    oid: undefined,
    fhirSystems: ['http://id.who.int/icd/release/11/mms'],
    uri: 'http://id.who.int/icd/release/11/mms',
    example: '5C64.0',
    rule: 'four characters (the second a letter, the third a digit; no I or O), optionally a dot and one or two more (e.g. 5C64.0)',
    url: (code: string) => `https://icd.who.int/browse/latest-release/mms/en#search=${encodeURIComponent(code)}`,
  },
  {
    id: 'orpha',
    name: 'ORPHA',
    // The OID in HL7 Terminology's NamingSystem orphanet is only in a CI build (2026-07), not a release yet.
    oid: undefined,
    fhirSystems: ['https://www.orpha.net', 'http://www.orpha.net'],
    uri: 'https://www.orpha.net',
    example: '558',
    rule: 'the Orphanet number, digits only, without the "ORPHA:" prefix (e.g. 558)',
    url: (code: string) => `https://www.orpha.net/en/disease/detail/${encodeURIComponent(code)}`,
  },
  {
    id: 'mesh',
    name: 'MeSH',
    oid: '2.16.840.1.113883.6.177',
    // The canonical URI since 2021 first; the older HL7 one is kept for backward compatibility (NamingSystem MeSH).
    fhirSystems: ['https://www.nlm.nih.gov/mesh', 'http://terminology.hl7.org/CodeSystem/MSH'],
    uri: 'http://id.nlm.nih.gov/mesh',
    example: 'D002114',
    rule: 'a descriptor ID: D followed by six or nine digits (e.g. D002114), or a C supplementary concept ID',
    url: (code: string) => `https://meshb.nlm.nih.gov/record/ui?ui=${encodeURIComponent(code)}`,
  },
  {
    id: 'snomed',
    name: 'SNOMED CT',
    oid: '2.16.840.1.113883.6.96',
    fhirSystems: ['http://snomed.info/sct'],
    uri: 'http://snomed.info/sct',
    example: '73211009',
    rule: 'a concept ID: 6 to 18 digits whose last digit is a valid Verhoeff check digit (e.g. 73211009)',
    url: (code: string) => `https://browser.ihtsdotools.org/?perspective=full&conceptId1=${encodeURIComponent(code)}`,
  },
  {
    id: 'omim',
    name: 'OMIM',
    // FHIR core's table of code systems for genetics (URI and OID); HL7 Terminology has no NamingSystem for it.
    oid: '2.16.840.1.113883.6.174',
    fhirSystems: ['http://www.omim.org', 'https://omim.org'],
    uri: 'https://omim.org',
    example: '143890',
    rule: 'a six-digit MIM number starting with 1 to 6 (e.g. 143890)',
    url: (code: string) => `https://omim.org/entry/${encodeURIComponent(code)}`,
  },
] as const

export type CodeSystemId = (typeof CODE_SYSTEMS)[number]['id']
export const CODE_SYSTEM_IDS = CODE_SYSTEMS.map((s) => s.id) as [CodeSystemId, ...CodeSystemId[]]

export function codeSystem(id: CodeSystemId) {
  const system = CODE_SYSTEMS.find((s) => s.id === id)
  if (!system) throw new Error(`Unknown code system: ${id}`)
  return system
}

/** The system an HL7 OID names (Infobutton's mainSearchCriteria.v.cs), if we hold it. */
export function codeSystemByOid(oid: string) {
  return CODE_SYSTEMS.find((s) => s.oid !== undefined && s.oid === oid.trim())
}

/** The system a FHIR Coding.system names (CDS Hooks), by its canonical URI, an older one, or urn:oid:. */
export function codeSystemByFhirUri(uri: string) {
  const value = uri.trim()
  return CODE_SYSTEMS.find(
    (s) =>
      (s.fhirSystems as readonly string[]).includes(value) || (s.oid !== undefined && value === `urn:oid:${s.oid}`),
  )
}

export function isCodeSystemId(value: string): value is CodeSystemId {
  return (CODE_SYSTEM_IDS as readonly string[]).includes(value)
}

const PATTERNS: Record<Exclude<CodeSystemId, 'snomed'>, RegExp> = {
  // U codes are ICD-10-CM's emergency codes (U07.1 COVID-19, U09.9 post COVID-19 condition).
  icd10cm: /^[A-Z][0-9][0-9AB](\.[0-9A-TV-Z]{1,4})?$/,
  icd11: /^[0-9A-HJ-NP-Z][A-HJ-NP-Z][0-9][0-9A-HJ-NP-Z](\.[0-9A-HJ-NP-Z]{1,2}){0,2}$/,
  orpha: /^[1-9][0-9]{0,6}$/,
  mesh: /^(D[0-9]{6}([0-9]{3})?|C[0-9]{6}([0-9]{3})?)$/,
  omim: /^[1-6][0-9]{5}$/,
}

// Verhoeff tables (dihedral group D5), used by SNOMED CT identifiers.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]

export function verhoeffValid(digits: string): boolean {
  let c = 0
  const reversed = digits.split('').reverse()
  for (let i = 0; i < reversed.length; i++) {
    c = VERHOEFF_D[c][VERHOEFF_P[i % 8][Number(reversed[i])]]
  }
  return c === 0
}

function snomedValid(code: string): boolean {
  // 6–18 digits, no leading zero; the partition identifier (2nd and 3rd from the end) must be a
  // concept partition (00 or 10), and the last digit is a Verhoeff check digit.
  if (!/^[1-9][0-9]{5,17}$/.test(code)) return false
  const partition = code.slice(-3, -1)
  if (partition !== '00' && partition !== '10') return false
  return verhoeffValid(code)
}

/** Trim and upper-case a code as editors and integrators type it ("orpha:558" → "558"). */
export function normalizeCode(system: CodeSystemId, code: string): string {
  const trimmed = code.trim().toUpperCase()
  if (system === 'orpha') return trimmed.replace(/^ORPHA:?\s*/, '')
  if (system === 'omim') return trimmed.replace(/^(MIM|OMIM):?\s*#?/, '')
  return trimmed
}

/** Why a code is malformed for its system, or null when it is well formed. */
export function codeFormatProblem(system: CodeSystemId, code: string): string | null {
  const ok = system === 'snomed' ? snomedValid(code) : PATTERNS[system].test(code)
  if (ok) return null
  const s = codeSystem(system)
  return `"${code}" is not a valid ${s.name} code: expected ${s.rule}`
}

/**
 * ICD-10-CM codes form a hierarchy by prefix: E83.5 covers E83.50–E83.59.
 * True when `candidate` is `parent` or a code beneath it.
 */
/** An ICD-10-CM code without its dot (E83.59 → E8359), as EHRs often send it. */
export const dotless = (code: string) => code.replace('.', '')

export function icd10Covers(parent: string, candidate: string): boolean {
  const p = dotless(parent)
  const c = dotless(candidate)
  return c.startsWith(p)
}
