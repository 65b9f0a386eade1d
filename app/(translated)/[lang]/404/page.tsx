import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { FALLBACK_WORDS } from '@/lib/i18n/messages/fallback'
import { translatedLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props) => ({
  title: FALLBACK_WORDS[await translatedLang(params)].notFound.title,
  robots: { index: false },
})

/** The page the proxy serves, with status 404, for this language's addresses that do not exist. */
export default async function NotFoundPage({ params }: Props) {
  return <NotFoundContent lang={await translatedLang(params)} />
}
