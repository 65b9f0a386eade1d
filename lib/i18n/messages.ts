/** The interface text of each language (lib/i18n/languages.ts), with the same keys in all of them. */
import type { Lang } from './languages'
import { en, type Messages } from './messages/en'
import { es } from './messages/es'

const MESSAGES: Record<Lang, Messages> = { en, es }

export function messages(lang: Lang): Messages {
  return MESSAGES[lang]
}

export type { Messages }
