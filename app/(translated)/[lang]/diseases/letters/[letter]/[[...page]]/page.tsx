import { LetterPage, letterMetadata, type LetterParams } from '@/components/pages/LetterPage'
import { translatedLang } from '@/lib/i18n/route'

export const revalidate = 3600
// None at build time: each page is rendered when first asked for, then kept (ISR) like the others.
export const dynamicParams = true
export const generateStaticParams = () => []

type Props = { params: Promise<LetterParams & { lang: string }> }

export const generateMetadata = async ({ params }: Props) => letterMetadata(await params, await translatedLang(params))

export default async function Page({ params }: Props) {
  return <LetterPage params={await params} lang={await translatedLang(params)} />
}
