/**
 * Which entries answer a knowledge request: up to three, best first, none twice. The code itself (for
 * ICD-10-CM also the codes beneath it); then, for ICD-10-CM, the nearest parent code an entry holds; and only
 * when no code matched, the display name through the site's search (its strong hits only). Pure: the entry
 * index and the search are passed in, so tests run it over a dataset without a server.
 */
import { lookupByCode } from '../api/shapes'
import { codeFormatProblem, dotless, normalizeCode, type CodeSystemId } from '../domain/codes'
import type { EntrySummary, MedicalCode } from '../content/models'
import type { InfobuttonRequest } from './request'

export const MAX_MATCHES = 3

export type MatchedBy = 'code' | 'parent code' | 'display name'

export interface InfobuttonMatch {
  entry: EntrySummary
  matchedBy: MatchedBy
  /** The entry's codes that matched (none for a display-name match). */
  matchedCodes: MedicalCode[]
}

/** The site's search: the entries that best match a text, best first, with their scores. */
export type SearchNames = (query: string, limit: number) => Promise<SearchResult[]> | SearchResult[]
type SearchResult = { slug: string; score: number }

/**
 * A display-name hit counts only when it scores at least this share of the best hit's: when the search falls
 * back to any of the words, "Diabetes mellitus type 1" should find the diabetes entry, not every entry whose
 * summary mentions diabetes.
 */
export const NAME_SCORE_SHARE = 0.5

/**
 * The code as the entries spell it, or undefined when it is not a well-formed code of its system. EHRs send
 * ICD-10-CM with or without the dot (E8359 is E83.59). A malformed code matches nothing, rather than every
 * code it happens to prefix ("E" would cover all of chapter E).
 */
export function requestedCode(system: CodeSystemId, code: string): string | undefined {
  let wanted = normalizeCode(system, code)
  if (system === 'icd10cm' && !wanted.includes('.') && wanted.length > 3)
    wanted = `${wanted.slice(0, 3)}.${wanted.slice(3)}`
  return codeFormatProblem(system, wanted) === null ? wanted : undefined
}

/** Entries with the code; for ICD-10-CM also codes beneath it. Those holding the code itself come first, then the nearest. */
function byCode(entries: EntrySummary[], system: CodeSystemId, wanted: string): InfobuttonMatch[] {
  const distance = (codes: MedicalCode[]) =>
    Math.min(...codes.map((c) => dotless(normalizeCode(system, c.code)).length - dotless(wanted).length))
  return lookupByCode(entries, system, wanted)
    .map((m) => ({
      entry: m.entry,
      matchedBy: 'code' as const,
      matchedCodes: m.matched,
      distance: distance(m.matched),
    }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ distance: _distance, ...m }) => m)
}

/**
 * ICD-10-CM: drop characters from the end, across the dot (E83.59 → E83.5 → E83), down to the three-character
 * category; the entries holding the longest of those parents that any entry holds.
 */
function byParent(entries: EntrySummary[], wanted: string): InfobuttonMatch[] {
  const flat = dotless(wanted)
  for (let length = flat.length - 1; length >= 3; length--) {
    const parent = flat.slice(0, length)
    const holders = entries
      .map((entry) => ({
        entry,
        matchedCodes: entry.codes.filter(
          (c) => c.system === 'icd10cm' && dotless(normalizeCode('icd10cm', c.code)) === parent,
        ),
      }))
      .filter((m) => m.matchedCodes.length > 0)
    if (holders.length > 0) return holders.map((m) => ({ ...m, matchedBy: 'parent code' as const }))
  }
  return []
}

export async function findMatches(
  request: Pick<InfobuttonRequest, 'code' | 'system' | 'displayName'>,
  entries: EntrySummary[],
  searchNames: SearchNames,
): Promise<InfobuttonMatch[]> {
  const found: InfobuttonMatch[] = []
  const add = (matches: InfobuttonMatch[]) => {
    for (const m of matches)
      if (found.length < MAX_MATCHES && !found.some((f) => f.entry.slug === m.entry.slug)) found.push(m)
  }
  const { code, system, displayName } = request
  const wanted = code !== undefined && system !== undefined ? requestedCode(system, code) : undefined
  if (system !== undefined && wanted !== undefined) {
    add(byCode(entries, system, wanted))
    if (system === 'icd10cm') add(byParent(entries, wanted))
  }
  if (found.length === 0 && displayName !== undefined) {
    const bySlug = new Map(entries.map((e) => [e.slug, e]))
    // The search index can trail the entry list by a publish: a hit the list no longer has is skipped.
    const hits = await searchNames(displayName, MAX_MATCHES)
    const best = hits[0]?.score ?? 0
    add(
      hits
        .filter((h) => h.score >= best * NAME_SCORE_SHARE)
        .flatMap((h) => {
          const entry = bySlug.get(h.slug)
          return entry ? [{ entry, matchedBy: 'display name' as const, matchedCodes: [] }] : []
        }),
    )
  }
  return found
}
