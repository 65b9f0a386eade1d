import { HomePage, homeMetadata } from '@/components/pages/HomePage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const revalidate = 3600
export const metadata = homeMetadata(SOURCE_LANGUAGE)

export default function Page() {
  return <HomePage lang={SOURCE_LANGUAGE} />
}
