/**
 * The languages the encyclopedia is written in. Everything that depends on a language reads this list: the
 * Studio's translation plugin, the queries (as `$lang`), the reader routes (`app/(translated)/[lang]`), cache
 * tags, search, feeds, the sitemap, embeds and the API. English is the source language: its pages keep the
 * unprefixed addresses, every other language's pages live under `/<id>/`, and a translation records which
 * version of its English source it was made from. A language needs an entry here and its interface text
 * (lib/i18n/messages.ts); nothing else names one.
 */
export const LANGUAGES = [
  { id: 'en', title: 'English', name: 'English', locale: 'en-GB' },
  { id: 'es', title: 'Spanish', name: 'Español', locale: 'es-ES' },
] as const

export type Lang = (typeof LANGUAGES)[number]['id']
export type Language = (typeof LANGUAGES)[number]

/** The language entries are written in first; a document without a language field is in this language. */
export const SOURCE_LANGUAGE = 'en' satisfies Lang

export const LANGUAGE_IDS: readonly Lang[] = LANGUAGES.map((l) => l.id)
/** The languages with a path prefix: every one but the source language. */
export const TRANSLATED_LANGUAGES: readonly Lang[] = LANGUAGE_IDS.filter((id) => id !== SOURCE_LANGUAGE)

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGE_IDS as readonly string[]).includes(value)
}

export function language(lang: Lang): Language {
  return LANGUAGES.find((l) => l.id === lang) ?? LANGUAGES[0]
}
