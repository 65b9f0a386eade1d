import { CategoryPage, categoryPageMetadata } from '@/components/pages/CategoryPage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

export const revalidate = 3600
// None at build time: each later page is rendered when first asked for, then kept (ISR).
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string; page: string }> }

export const generateMetadata = async ({ params }: Props) => {
  const { slug, page } = await params
  return categoryPageMetadata(slug, SOURCE_LANGUAGE, page)
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params
  return <CategoryPage slug={slug} lang={SOURCE_LANGUAGE} page={page} />
}
