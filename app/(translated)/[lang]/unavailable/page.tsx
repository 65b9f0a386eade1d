import { UnavailablePage, unavailableMetadata } from '@/components/pages/UnavailablePage'
import { translatedLang } from '@/lib/i18n/route'

// Only the configured languages (the layout's generateStaticParams): any other first segment is not found.
export const dynamicParams = false

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props) => unavailableMetadata(await translatedLang(params))

export default async function Page({ params }: Props) {
  return <UnavailablePage lang={await translatedLang(params)} />
}
