import type { Metadata } from 'next'
import { SiteFrame } from '@/components/layout/SiteFrame'
import { siteUrl } from '@/lib/env'
import { translatedLang, translatedLanguageParams } from '@/lib/i18n/route'
import { siteMetadata } from '@/lib/seo/metadata'
import { viewport as siteViewport } from '@/lib/seo/viewport'
import '../../globals.css'

type Props = { params: Promise<{ lang: string }> }

// The configured languages (lib/i18n/languages.ts). The pages without a slug accept only these (each says
// dynamicParams = false: set here, it would hold for every page below, and a translation published after the
// build would have no page); the pages of documents render a new slug when first asked for, and proxy.ts
// refuses their addresses under any other first segment.
export const generateStaticParams = translatedLanguageParams
export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  siteMetadata(await translatedLang(params), siteUrl())
export const viewport = siteViewport

/** The pages of every language but the source language, under /<lang>/, in a document of that language. */
export default async function TranslatedRootLayout({ children, params }: Props & { children: React.ReactNode }) {
  return <SiteFrame lang={await translatedLang(params)}>{children}</SiteFrame>
}
