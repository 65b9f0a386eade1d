/** Formats of citation identifiers, shared by the Studio, the zod models and the dataset checker. */

export const DOI_PATTERN = /^10\.\d{4,9}\/[^\s]+$/
export const PMID_PATTERN = /^[1-9][0-9]{0,8}$/

export function doiProblem(doi: string): string | null {
  return DOI_PATTERN.test(doi)
    ? null
    : `"${doi}" is not a DOI: expected "10." then a registrant number, a slash and a suffix, without "https://doi.org/" (e.g. 10.1000/xyz123)`
}

export function pmidProblem(pmid: string): string | null {
  return PMID_PATTERN.test(pmid)
    ? null
    : `"${pmid}" is not a PubMed ID: expected up to nine digits, without "PMID:" (e.g. 12345678)`
}

export interface CitationLocator {
  url?: string | null
  doi?: string | null
  pmid?: string | null
  publisher?: string | null
  journal?: string | null
  year?: number | null
}

/** A reader must be able to find the source: a link, an identifier, or a publisher and year. */
export function citationFindabilityProblem(c: CitationLocator): string | null {
  if (c.url || c.doi || c.pmid) return null
  if ((c.publisher || c.journal) && c.year) return null
  return 'A citation needs a URL, a DOI or a PMID, or else a publisher (or journal) and a year, so that readers can find it.'
}

/** A warning: a citation readers can find only by searching (no URL, DOI or PMID), though it names where and when. */
export function citationIdentifierProblem(c: CitationLocator): string | null {
  if (c.url || c.doi || c.pmid) return null
  return 'This citation has no URL, DOI or PMID, so readers must search for it: add one you have opened and checked (never a guessed one).'
}
