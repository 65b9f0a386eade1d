import Link from 'next/link'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

export function SiteFooter({ lang = SOURCE_LANGUAGE }: { lang?: Lang }) {
  const t = messages(lang)
  const paths = pathsIn(lang)
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t.site.disclaimer}</p>
        <p>
          {t.site.name} · <Link href={paths.entries()}>{t.nav.az}</Link> ·{' '}
          <Link href={paths.categories()}>{t.nav.categories}</Link>
        </p>
      </div>
    </footer>
  )
}
