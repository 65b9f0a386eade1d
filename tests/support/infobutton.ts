/** What the Infobutton unit tests share: the origin, the OIDs they send, an index to search, a request they parse. */
import type { EntrySummary } from '../../lib/content/models'
import { parseInfobuttonRequest, type InfobuttonRequest, type ParseOptions } from '../../lib/infobutton/request'
import { SearchIndex } from '../../lib/search/index'
import { localApi } from './content'

export const ORIGIN = 'https://encyclopedia.example'
export const OID = {
  icd10cm: '2.16.840.1.113883.6.90',
  snomed: '2.16.840.1.113883.6.96',
  mesh: '2.16.840.1.113883.6.177',
  omim: '2.16.840.1.113883.6.174',
}

/** The bundled dataset's entry index (or another dataset's), with the site's search index over it. */
export async function searchableEntries(file?: string): Promise<{ entries: EntrySummary[]; index: SearchIndex }> {
  const entries = await localApi(file).api.getEntryIndex()
  return { entries, index: new SearchIndex(entries) }
}

/** A request the test expects to be accepted; a refusal fails the test with its reason. */
export function acceptedRequest(query: Record<string, string>, options?: ParseOptions): InfobuttonRequest {
  const parsed = parseInfobuttonRequest(new URLSearchParams(query), options)
  if (!parsed.ok) throw new Error(`refused: ${parsed.parameter} ${parsed.reason}`)
  return parsed.value
}
