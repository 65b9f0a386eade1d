import { SearchPage, searchMetadata, type SearchParams } from '@/components/pages/SearchPage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const metadata = searchMetadata(SOURCE_LANGUAGE)

export default function Page({ searchParams }: { searchParams: SearchParams }) {
  return <SearchPage lang={SOURCE_LANGUAGE} searchParams={searchParams} />
}
