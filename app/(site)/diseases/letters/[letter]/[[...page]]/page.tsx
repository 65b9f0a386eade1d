import { LetterPage, letterMetadata, type LetterParams } from '@/components/pages/LetterPage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const revalidate = 3600
// None at build time: each page is rendered when first asked for, then kept (ISR) like the others.
export const generateStaticParams = () => []

type Props = { params: Promise<LetterParams> }

export const generateMetadata = async ({ params }: Props) => letterMetadata(await params, SOURCE_LANGUAGE)

export default async function Page({ params }: Props) {
  return <LetterPage params={await params} lang={SOURCE_LANGUAGE} />
}
