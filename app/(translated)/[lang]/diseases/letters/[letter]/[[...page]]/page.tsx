import { LetterPage, letterMetadata, letterPageParams, type LetterParams } from '@/components/pages/LetterPage'
import { translatedLang } from '@/lib/i18n/route'

export const revalidate = 3600

type Props = { params: Promise<LetterParams & { lang: string }> }

// The layout renders only the pages listed at build time (its languages), so every letter page is listed here;
// one that comes into being later (a letter's first entry, a new page) is a 404 until the next build.
export const generateStaticParams = async ({ params }: { params: { lang: string } }) =>
  letterPageParams(await translatedLang(Promise.resolve(params)))
export const generateMetadata = async ({ params }: Props) => letterMetadata(await params, await translatedLang(params))

export default async function Page({ params }: Props) {
  return <LetterPage params={await params} lang={await translatedLang(params)} />
}
