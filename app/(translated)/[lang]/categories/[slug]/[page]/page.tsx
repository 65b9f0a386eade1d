import { CategoryPage, categoryPageMetadata, categoryPageParams } from '@/components/pages/CategoryPage'
import { translatedLang } from '@/lib/i18n/route'

export const revalidate = 3600

type Props = { params: Promise<{ lang: string; slug: string; page: string }> }

// The layout renders only the pages listed at build time (its languages), so every later page is listed here;
// one that comes into being later is a 404 until the next build.
export const generateStaticParams = async ({ params }: { params: { lang: string } }) =>
  categoryPageParams(await translatedLang(Promise.resolve(params)))
export const generateMetadata = async ({ params }: Props) => {
  const { slug, page } = await params
  return categoryPageMetadata(slug, await translatedLang(params), page)
}

export default async function Page({ params }: Props) {
  const { slug, page } = await params
  return <CategoryPage slug={slug} lang={await translatedLang(params)} page={page} />
}
