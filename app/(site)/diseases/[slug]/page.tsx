import { EntryPage, entryPageMetadata, entrySlugs } from '@/components/pages/EntryPage'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

// Pages are regenerated on publish (tags); this is the fallback when no publish event arrives.
export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = () => entrySlugs(SOURCE_LANGUAGE)
export const generateMetadata = async ({ params }: Props) => entryPageMetadata((await params).slug, SOURCE_LANGUAGE)

export default async function Page({ params }: Props) {
  return <EntryPage slug={(await params).slug} lang={SOURCE_LANGUAGE} />
}
