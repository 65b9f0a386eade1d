import { ExplorePage, exploreMetadata } from '@/components/pages/ExplorePage'
import { translatedLang } from '@/lib/i18n/route'

// Only the configured languages (the layout's generateStaticParams): any other first segment is not found.
export const dynamicParams = false
export const revalidate = 3600

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props) => exploreMetadata(await translatedLang(params))

export default async function Page({ params }: Props) {
  return <ExplorePage lang={await translatedLang(params)} />
}
