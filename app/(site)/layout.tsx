import type { Metadata, Viewport } from 'next'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { PreviewBanner } from '@/components/layout/PreviewBanner'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { siteUrl } from '@/lib/env'
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site'
import '../globals.css'

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    alternates: {
      types: { 'application/atom+xml': [{ url: '/feed.xml', title: `${SITE_NAME}: recently updated entries` }] },
    },
  }
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f3f6f9' },
    { media: '(prefers-color-scheme: dark)', color: '#1b2129' },
  ],
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <PreviewBanner />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
