/**
 * CDS Hooks cards (https://cds-hooks.hl7.org/2.0/#card-attributes) for a patient's conditions: one card for
 * each entry that one of their coded Conditions leads to, linking to it. Pure: the routes pass the entry
 * index in, so tests run it over the bundled dataset without a server.
 */
import type { z } from 'zod'
import type { cdsCardSchema } from '../api/schemas'
import crypto from 'node:crypto'
import { codeSystem, codeSystemByFhirUri, dotless, normalizeCode, type CodeSystemId } from '../domain/codes'
import type { EntrySummary, MedicalCode } from '../content/models'
import { requestedCode } from '../infobutton/match'
import { SITE_NAME, paths } from '../site'
import type { Coding, Condition } from './request'

/** The spec's limit on a card's summary: "less than 140 characters". */
export const SUMMARY_MAX = 139
/** More cards than this for one chart is noise rather than help; the ones for the first conditions are kept. */
export const MAX_CARDS = 10

/** A card as the OpenAPI document describes it (lib/api/schemas.ts). */
export type Card = z.output<typeof cdsCardSchema>

export interface ConditionMatch {
  entry: EntrySummary
  /** The patient's coding that led to the entry. */
  coding: { system: CodeSystemId; code: string; display?: string }
  /** The entry's code it matched: the same code, or (ICD-10-CM) the nearest parent code an entry holds. */
  matchedCode: MedicalCode
  matchedBy: 'code' | 'parent code'
}

/** The entries holding each code, by system and dotless code: built once per request, so each coding is a lookup. */
type CodeIndex = Map<string, { entry: EntrySummary; code: MedicalCode }[]>
const key = (system: CodeSystemId, code: string) => `${system}|${dotless(normalizeCode(system, code))}`

function indexCodes(entries: EntrySummary[]): CodeIndex {
  const index: CodeIndex = new Map()
  for (const entry of entries)
    for (const code of entry.codes) {
      const k = key(code.system, code.code)
      const holders = index.get(k) ?? []
      if (!holders.some((h) => h.entry.slug === entry.slug)) holders.push({ entry, code })
      index.set(k, holders)
    }
  return index
}

/**
 * The entries one coding leads to: those holding the very code; failing that, for ICD-10-CM, those holding its
 * nearest parent (a patient coded E83.59 has a disorder of calcium metabolism, E83.5), dropping characters
 * across the dot down to the three-character category. Never the codes beneath it: a patient coded with a broad
 * category does not have each condition within it.
 */
function entriesForCoding(index: CodeIndex, system: CodeSystemId, code: string): Omit<ConditionMatch, 'coding'>[] {
  const wanted = requestedCode(system, code)
  if (wanted === undefined) return []
  const exact = index.get(key(system, wanted))
  if (exact) return exact.map((h) => ({ entry: h.entry, matchedCode: h.code, matchedBy: 'code' as const }))
  if (system !== 'icd10cm') return []
  const flat = dotless(wanted)
  for (let length = flat.length - 1; length >= 3; length--) {
    const parent = index.get(key(system, flat.slice(0, length)))
    if (parent) return parent.map((h) => ({ entry: h.entry, matchedCode: h.code, matchedBy: 'parent code' as const }))
  }
  return []
}

/** The codings of a Condition this service can read: a system it holds (by FHIR URI) and a code. */
export function readableCodings(condition: Condition): ConditionMatch['coding'][] {
  return (condition.code?.coding ?? []).flatMap((c: Coding) => {
    const system = c.system === undefined ? undefined : codeSystemByFhirUri(c.system)
    const code = c.code?.trim()
    return system && code ? [{ system: system.id, code, display: c.display?.trim() || undefined }] : []
  })
}

/**
 * Each entry once, in the order of the conditions (and of each condition's codings), at most MAX_CARDS. The
 * work is one lookup per distinct coding, and it stops at MAX_CARDS, so a large request costs little.
 */
export function matchConditions(conditions: Condition[], entries: EntrySummary[]): ConditionMatch[] {
  const index = indexCodes(entries)
  const found: ConditionMatch[] = []
  const seen = new Set<string>()
  for (const condition of conditions)
    for (const coding of readableCodings(condition)) {
      if (found.length >= MAX_CARDS) return found
      const k = key(coding.system, coding.code)
      if (seen.has(k)) continue
      seen.add(k)
      for (const m of entriesForCoding(index, coding.system, coding.code))
        if (found.length < MAX_CARDS && !found.some((f) => f.entry.slug === m.entry.slug)) found.push({ ...m, coding })
    }
  return found
}

/**
 * Text for CommonMark: every ASCII punctuation character backslash-escaped (so content and the client's own
 * display names make no emphasis, link, HTML or heading), and line breaks folded, so no text starts a block.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
}

/** The first `max` characters, cut at a word with an ellipsis when it had to be cut. */
function shorten(text: string, max: number): string {
  // By code points, so a character outside the Basic Multilingual Plane is never cut in half.
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const cut = chars.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

export function cardSummary(title: string): string {
  const prefix = 'Patient information: '
  return `${prefix}${shorten(title.replace(/\s+/g, ' ').trim(), SUMMARY_MAX - prefix.length)}`
}

function cardDetail(m: ConditionMatch): string {
  const asked = `${codeSystem(m.coding.system).name} ${m.coding.code}${m.coding.display ? ` (${m.coding.display})` : ''}`
  const why =
    m.matchedBy === 'code'
      ? `For the condition coded ${asked}.`
      : `For the condition coded ${asked}: this entry is about the broader ${codeSystem(m.matchedCode.system).name} code ${m.matchedCode.code}.`
  return [
    m.entry.alternateNames.length ? `**Also called:** ${m.entry.alternateNames.map(markdownText).join(', ')}` : '',
    markdownText(m.entry.summary),
    `*${markdownText(why)}* Plain-language information from the ${markdownText(SITE_NAME)}, to read with the patient or to share.`,
  ]
    .filter(Boolean)
    .join('\n\n')
}

export function buildCards(
  matches: ConditionMatch[],
  origin: string,
  uuid: () => string = () => crypto.randomUUID(),
): Card[] {
  return matches.map((m) => ({
    uuid: uuid(),
    summary: cardSummary(m.entry.title),
    detail: cardDetail(m),
    indicator: 'info',
    source: { label: SITE_NAME, url: `${origin}/` },
    links: [
      { label: shorten(`Read: ${m.entry.title}`, 200), url: `${origin}${paths.entry(m.entry.slug)}`, type: 'absolute' },
    ],
  }))
}
