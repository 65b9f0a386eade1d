import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { FALLBACK_WORDS } from '@/lib/i18n/messages/fallback'
import { translatedLang } from '@/lib/i18n/route'

// Only the configured languages (the layout's generateStaticParams): any other first segment is not found.
export const dynamicParams = false

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props) => ({
  title: FALLBACK_WORDS[await translatedLang(params)].notFound.title,
  robots: { index: false },
})

/** The page the proxy serves, with status 404, for this language's addresses that do not exist. */
export default async function NotFoundPage({ params }: Props) {
  return <NotFoundContent lang={await translatedLang(params)} />
}
