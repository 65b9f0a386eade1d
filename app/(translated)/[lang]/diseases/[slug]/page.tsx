import { EntryPage, entryPageMetadata, entrySlugs } from '@/components/pages/EntryPage'
import { translatedLang } from '@/lib/i18n/route'

export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ lang: string; slug: string }> }

export const generateStaticParams = async ({ params }: { params: { lang: string } }) =>
  entrySlugs(await translatedLang(Promise.resolve(params)))
export const generateMetadata = async ({ params }: Props) =>
  entryPageMetadata((await params).slug, await translatedLang(params))

export default async function Page({ params }: Props) {
  return <EntryPage slug={(await params).slug} lang={await translatedLang(params)} />
}
