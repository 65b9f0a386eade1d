/**
 * The summary's input with a reading-level line under it, updated as the editor types, so a hard summary is
 * noticed while writing rather than at publishing (where it is only a warning).
 */
import { useDeferredValue } from 'react'
import type { TextInputProps } from 'sanity'
import { READING_GRADE_LIMIT, TARGET_READING_GRADE, readability } from '../../lib/domain/readability'

export function ReadingLevel({ text }: { text: string }) {
  const { grade, words, sentences } = readability(text)
  if (grade === null) return null
  const tone = grade <= TARGET_READING_GRADE ? 'good' : grade <= READING_GRADE_LIMIT ? 'fair' : 'hard'
  const verdict = {
    good: 'easy enough for a 12-year-old',
    fair: 'a little hard: shorter sentences or simpler words would help',
    hard: 'too hard: split long sentences and prefer everyday words',
  }[tone]
  // Sanity UI sets these colour variables on every card, so the line follows the Studio's light/dark theme.
  const color = tone === 'hard' ? 'var(--card-badge-caution-fg-color, #8a6100)' : 'var(--card-muted-fg-color, #66758d)'
  return (
    <p data-testid="reading-level" data-tone={tone} style={{ margin: '0.5rem 0 0', fontSize: '0.8125rem', color }}>
      Reading grade <strong>{grade.toFixed(1)}</strong> (Flesch–Kincaid; aim for {TARGET_READING_GRADE} or below):{' '}
      {verdict}. {words} words, {sentences} {sentences === 1 ? 'sentence' : 'sentences'}, about{' '}
      {Math.round(words / sentences)} words each.
    </p>
  )
}

export function SummaryInput(props: TextInputProps) {
  // Deferred so that typing stays smooth; the grade catches up a moment later.
  const text = useDeferredValue(props.value ?? '')
  return (
    <div>
      {props.renderDefault(props)}
      <ReadingLevel text={text} />
    </div>
  )
}
