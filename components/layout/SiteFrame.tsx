import { PreviewBanner } from './PreviewBanner'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/** The document of every reader page, in its language: the root layouts of each language render this. */
export function SiteFrame({ lang = SOURCE_LANGUAGE, children }: { lang?: Lang; children: React.ReactNode }) {
  return (
    <html lang={lang}>
      <body>
        <a href="#main" className="skip-link">
          {messages(lang).site.skipLink}
        </a>
        <PreviewBanner />
        <SiteHeader lang={lang} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter lang={lang} />
      </body>
    </html>
  )
}
