/**
 * Whether a translation is behind its source: the source was published again after the version the
 * translation records it was made from (`translatedFrom.sourceUpdatedAt`). A translation that does not say
 * which version it was made from counts as behind: nobody can tell it is not.
 */
export interface TranslationFacts {
  translatedFrom?: {
    sourceUpdatedAt?: string
    source?: { _updatedAt?: string; slug: string; title: string }
  }
}

export function isStaleTranslation({ translatedFrom }: TranslationFacts): boolean {
  const source = translatedFrom?.source
  if (!source) return false
  const madeFrom = Date.parse(translatedFrom.sourceUpdatedAt ?? '')
  const now = Date.parse(source._updatedAt ?? '')
  if (Number.isNaN(madeFrom)) return true
  return !Number.isNaN(now) && now > madeFrom
}
