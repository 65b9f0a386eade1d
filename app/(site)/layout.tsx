import type { Metadata } from 'next'
import { SiteFrame } from '@/components/layout/SiteFrame'
import { siteUrl } from '@/lib/env'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'
import { siteMetadata } from '@/lib/seo/metadata'
import { viewport as siteViewport } from '@/lib/seo/viewport'
import '../globals.css'

export const generateMetadata = (): Metadata => siteMetadata(SOURCE_LANGUAGE, siteUrl())
export const viewport = siteViewport

/** The source language's pages, at the unprefixed addresses (other languages: app/(translated)/[lang]). */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame lang={SOURCE_LANGUAGE}>{children}</SiteFrame>
}
