/**
 * The CDS Hooks services this site offers (docs/cds-hooks.md): the discovery document at /cds-services, and
 * the answer of a service to a request. No request data is stored or logged: a CDS request describes a patient.
 */
import { SITE_NAME } from '../site'
import { PREFETCH_KEY } from './request'
import type { z } from 'zod'
import type { cdsDiscoverySchema } from '../api/schemas'

export const CDS_SERVICE = {
  hook: 'patient-view',
  id: 'condition-information',
  title: `${SITE_NAME}: information on the patient's conditions`,
  description:
    "When a patient's chart is opened, a card for each of their active coded conditions that the encyclopedia has an entry for, " +
    'linking to plain-language information to read with the patient. Conditions are matched by ICD-10-CM, SNOMED CT, MeSH, OMIM, ORPHA or ICD-11 code.',
  prefetch: { [PREFETCH_KEY]: 'Condition?patient={{context.patientId}}&clinical-status=active' },
  usageRequirements:
    'Send the prefetch: the service reads only it and never calls the FHIR server. No authorization is needed, and nothing sent is stored or logged.',
} as const

export const CDS_SERVICE_IDS: readonly string[] = [CDS_SERVICE.id]

/** The discovery response (CDS Hooks 2.0, "Discovery"). */
export function discoveryDocument(): z.output<typeof cdsDiscoverySchema> {
  return { services: [CDS_SERVICE] }
}

/**
 * CORS for browser-based CDS clients (the CDS Hooks sandbox, SMART apps): any origin may call, as the open
 * JSON API allows. Authorization is allowed as a request header because CDS clients send their JWT in it; the
 * service does not need it.
 */
export const CDS_CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Max-Age': '86400',
}

/** The CORS preflight of the discovery endpoint and of each service. */
export function cdsPreflight(): Response {
  return new Response(null, { status: 204, headers: CDS_CORS_HEADERS })
}
