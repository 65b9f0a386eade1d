import { CategoryPage, categoryPageMetadata, categorySlugs } from '@/components/pages/CategoryPage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = () => categorySlugs(SOURCE_LANGUAGE)
export const generateMetadata = async ({ params }: Props) => categoryPageMetadata((await params).slug, SOURCE_LANGUAGE)

export default async function Page({ params }: Props) {
  return <CategoryPage slug={(await params).slug} lang={SOURCE_LANGUAGE} />
}
