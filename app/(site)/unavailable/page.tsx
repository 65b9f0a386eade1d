import { UnavailablePage, unavailableMetadata } from '@/components/pages/UnavailablePage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const metadata = unavailableMetadata(SOURCE_LANGUAGE)

export default function Page() {
  return <UnavailablePage lang={SOURCE_LANGUAGE} />
}
