import { EntriesPage, entriesMetadata } from '@/components/pages/EntriesPage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const revalidate = 3600
export const metadata = entriesMetadata(SOURCE_LANGUAGE)

export default function Page() {
  return <EntriesPage lang={SOURCE_LANGUAGE} />
}
