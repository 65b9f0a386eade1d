import { HomePage, homeMetadata } from '@/components/pages/HomePage'
import { translatedLang } from '@/lib/i18n/route'

// Only the configured languages (the layout's generateStaticParams): any other first segment is not found.
export const dynamicParams = false
export const revalidate = 3600

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props) => homeMetadata(await translatedLang(params))

export default async function Page({ params }: Props) {
  return <HomePage lang={await translatedLang(params)} />
}
