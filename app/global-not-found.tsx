import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { SITE_NAME } from '@/lib/site'
import './globals.css'

export const metadata: Metadata = { title: `Page not found · ${SITE_NAME}`, robots: { index: false } }

/** Unmatched URLs anywhere: rendered without the route layouts, so it brings the site's frame itself. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          <NotFoundContent />
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
