import { UnavailablePage, unavailableMetadata } from '@/components/pages/UnavailablePage'
import { translatedLang } from '@/lib/i18n/route'

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props) => unavailableMetadata(await translatedLang(params))

export default async function Page({ params }: Props) {
  return <UnavailablePage lang={await translatedLang(params)} />
}
