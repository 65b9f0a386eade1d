/**
 * Words that depend on an entry's facts, in a language: the "when to get help" levels, the review line and
 * the labels of related conditions. The page, the embed and the API all say these through here.
 */
import { helpLevels, type WhenToGetHelp } from '../domain/help'
import type { ReviewFacts } from '../domain/review-kinds'
import type { RelationshipKind } from '../domain/relationships'
import { SOURCE_LANGUAGE, type Lang } from './languages'
import { messages, type Messages } from './messages'

/** The levels that have situations, most urgent first, with their words in the language. */
export function helpLevelsIn(help: WhenToGetHelp | undefined, lang: Lang = SOURCE_LANGUAGE) {
  const t = messages(lang)
  return helpLevels(help).map((level) => ({ ...level, ...t.help.levels[level.key] }))
}

/**
 * The review in plain words, after "Last reviewed on <date>": "an editorial review against the cited sources by
 * the Editorial team, not a clinical review". When the kind was not recorded, it says so rather than guess.
 */
export function reviewDescription({ reviewKind, reviewer }: ReviewFacts, lang: Lang = SOURCE_LANGUAGE): string {
  const t = messages(lang).review
  const by = reviewer
    ? t.by(
        reviewer.name,
        [
          reviewer.credentials ? ` (${reviewer.credentials})` : '',
          reviewer.affiliation ? `, ${reviewer.affiliation}` : '',
        ].join(''),
      )
    : ''
  if (reviewKind === 'editorial') return t.editorial(by)
  if (reviewKind === 'clinical') return t.clinical(by)
  return t.unknown(by)
}

/** How a linked condition relates, from this page's point of view (forward: the link is stored here). */
export function relationshipLabel(t: Messages, kind: RelationshipKind, direction: 'forward' | 'inverse'): string {
  return t.relationships[kind][direction]
}
