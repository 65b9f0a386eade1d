import { CategoriesPage, categoriesMetadata } from '@/components/pages/CategoriesPage'
import { translatedLang } from '@/lib/i18n/route'

export const revalidate = 3600

type Props = { params: Promise<{ lang: string }> }

export const generateMetadata = async ({ params }: Props) => categoriesMetadata(await translatedLang(params))

export default async function Page({ params }: Props) {
  return <CategoriesPage lang={await translatedLang(params)} />
}
