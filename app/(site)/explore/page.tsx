import { ExplorePage, exploreMetadata } from '@/components/pages/ExplorePage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const revalidate = 3600
export const metadata = exploreMetadata(SOURCE_LANGUAGE)

export default function Page() {
  return <ExplorePage lang={SOURCE_LANGUAGE} />
}
