import { CategoryPage, categoryPageMetadata, categorySlugs } from '@/components/pages/CategoryPage'
import { translatedLang } from '@/lib/i18n/route'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = async ({ params }: { params: { lang: string } }) =>
  categorySlugs(await translatedLang(Promise.resolve(params)))
export const generateMetadata = async ({ params }: Props) =>
  categoryPageMetadata((await params).slug, await translatedLang(params))

export default async function Page({ params }: Props) {
  return <CategoryPage slug={(await params).slug} lang={await translatedLang(params)} />
}
