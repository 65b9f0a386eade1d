/**
 * A CDS Hooks 2.0 service request (https://cds-hooks.hl7.org/2.0/#http-request), validated once, here: the
 * envelope, and of the prefetched FHIR R4 Bundle only what the cards read (each Condition's code, clinical and
 * verification status, subject). Everything else a client sends is allowed and ignored; what the service reads
 * must have the shape FHIR gives it, or the request is refused naming the field.
 */
import { z } from 'zod'

/** Bounds that keep one request's work small; a problem list is far below them. */
export const CDS_LIMITS = {
  /** Bytes of request body. */
  body: 2 * 1024 * 1024,
  bundleEntries: 5000,
  codings: 50,
  text: 2000,
} as const

const text = (max: number = CDS_LIMITS.text) => z.string().max(max)

const coding = z.looseObject({ system: text(500).optional(), code: text(200).optional(), display: text().optional() })
const codeableConcept = z.looseObject({
  coding: z.array(coding).max(CDS_LIMITS.codings).optional(),
  text: text().optional(),
})
const reference = z.looseObject({ reference: text(500).optional() })

export const conditionSchema = z.looseObject({
  resourceType: z.literal('Condition'),
  id: text(64).optional(),
  code: codeableConcept.optional(),
  clinicalStatus: codeableConcept.optional(),
  verificationStatus: codeableConcept.optional(),
  subject: reference.optional(),
})
export type Condition = z.output<typeof conditionSchema>
export type Coding = z.output<typeof coding>

/**
 * A searchset Bundle. Its entries may hold other resources (an OperationOutcome the server added, an included
 * Patient): those are skipped, while a Condition must be a Condition the service can read.
 */
const resourceSchema = z.looseObject({ resourceType: text(100) }).superRefine((resource, ctx) => {
  if (resource.resourceType !== 'Condition') return
  const condition = conditionSchema.safeParse(resource)
  if (!condition.success)
    for (const issue of condition.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
})
const bundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  entry: z
    .array(z.looseObject({ resource: resourceSchema.optional() }))
    .max(CDS_LIMITS.bundleEntries)
    .optional(),
})

/** The prefetch key this service asks for (its discovery entry gives the query). */
export const PREFETCH_KEY = 'conditions'

export const cdsRequestSchema = z.looseObject({
  hook: text(100),
  hookInstance: text(100).min(1),
  // The service never calls the client's FHIR server (it reads only the prefetch), so these are not read.
  fhirServer: z.unknown().optional(),
  fhirAuthorization: z.unknown().optional(),
  context: z.looseObject({
    patientId: text(200).min(1),
    userId: text(500).optional(),
    encounterId: text(200).optional(),
  }),
  // A key the client could not fill is null (CDS Hooks 2.0, "Prefetch tokens").
  prefetch: z
    .looseObject({ [PREFETCH_KEY]: bundleSchema.nullable().optional() })
    .nullable()
    .optional(),
})
export type CdsRequest = z.output<typeof cdsRequestSchema>

export type CdsParse = { ok: true; value: CdsRequest } | { ok: false; field: string; reason: string }

/** Parse a request body; the first problem names its field as a path (prefetch.conditions.entry.3.resource.code). */
export function parseCdsRequest(body: unknown): CdsParse {
  const parsed = cdsRequestSchema.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  return { ok: false, field: issue?.path.map(String).join('.') || '(body)', reason: issue?.message ?? 'is not valid' }
}

const CLINICAL_ACTIVE = new Set(['active', 'recurrence', 'relapse'])
const CLINICAL_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-clinical'
const VERIFICATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-ver-status'
/** The status codes of a concept in FHIR's own code system (a coding with no system is read as FHIR's too). */
const statusCodes = (concept: Condition['clinicalStatus'], system: string) =>
  (concept?.coding ?? []).flatMap((c) =>
    c.code && (c.system === undefined || c.system.trim() === system) ? [c.code.trim().toLowerCase()] : [],
  )

/**
 * The Conditions a card may speak of: the patient's own (a subject naming another patient is skipped), current
 * (active, a recurrence or a relapse, or with no clinical status) and confirmed (or with no verification
 * status): a provisional or differential diagnosis, or one unconfirmed, refuted or entered in error, is not a
 * condition to read about with the patient yet. The prefetch asks the server for active ones; this holds when
 * a client sends more.
 */
export function heldConditions(request: CdsRequest): Condition[] {
  const bundle = request.prefetch?.[PREFETCH_KEY]
  const patient = request.context.patientId
  // resourceSchema checked every Condition against conditionSchema; the cast only names that shape.
  const conditions = (bundle?.entry ?? []).flatMap((e) =>
    e.resource?.resourceType === 'Condition' ? [e.resource as Condition] : [],
  )
  return conditions.filter((c) => {
    const subject = c.subject?.reference
    if (subject && /(?:^|\/)Patient\/[^/]+$/.test(subject) && !subject.endsWith(`Patient/${patient}`)) return false
    const clinical = statusCodes(c.clinicalStatus, CLINICAL_SYSTEM)
    if (clinical.length > 0 && !clinical.some((s) => CLINICAL_ACTIVE.has(s))) return false
    const verification = statusCodes(c.verificationStatus, VERIFICATION_SYSTEM)
    return verification.length === 0 || verification.includes('confirmed')
  })
}

/** Whether the request carries the prefetch the cards need (a null or missing key means the client could not fetch it). */
export const hasPrefetch = (request: CdsRequest) => request.prefetch?.[PREFETCH_KEY] != null
