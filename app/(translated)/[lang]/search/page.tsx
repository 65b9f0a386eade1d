import { SearchPage, searchMetadata, type SearchParams } from '@/components/pages/SearchPage'
import { translatedLang } from '@/lib/i18n/route'

// Only the configured languages (the layout's generateStaticParams): any other first segment is not found.
export const dynamicParams = false

type Props = { params: Promise<{ lang: string }>; searchParams: SearchParams }

export const generateMetadata = async ({ params }: Props) => searchMetadata(await translatedLang(params))

export default async function Page({ params, searchParams }: Props) {
  return <SearchPage lang={await translatedLang(params)} searchParams={searchParams} />
}
