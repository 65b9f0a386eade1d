import { notFound } from 'next/navigation'
import { TRANSLATED_LANGUAGES, isLang, type Lang } from './languages'

/** The `[lang]` segment of a translated page: one of the translated languages, or the page is not found. */
export async function translatedLang(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params
  if (!isLang(lang) || !TRANSLATED_LANGUAGES.includes(lang)) notFound()
  return lang
}

/** generateStaticParams of the `[lang]` segment: every translated language, and no other. */
export const translatedLanguageParams = () => TRANSLATED_LANGUAGES.map((lang) => ({ lang }))
