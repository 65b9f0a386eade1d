import { CategoriesPage, categoriesMetadata } from '@/components/pages/CategoriesPage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const revalidate = 3600
export const metadata = categoriesMetadata(SOURCE_LANGUAGE)

export default function Page() {
  return <CategoriesPage lang={SOURCE_LANGUAGE} />
}
