import { CategoryPage, categoryPageMetadata } from '@/components/pages/CategoryPage'
import { translatedLang } from '@/lib/i18n/route'

export const revalidate = 3600
// None at build time: each later page is rendered when first asked for, then kept (ISR).
export const dynamicParams = true
export const generateStaticParams = () => []

type Props = { params: Promise<{ lang: string; slug: string; page: string }> }

export const generateMetadata = async ({ params }: Props) => {
  const { slug, page } = await params
  return categoryPageMetadata(slug, await translatedLang(params), page)
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params
  return <CategoryPage slug={slug} lang={await translatedLang(params)} page={page} />
}
