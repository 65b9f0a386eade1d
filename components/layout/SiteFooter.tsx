import Link from 'next/link'
import { MEDICAL_DISCLAIMER, SITE_NAME, paths } from '@/lib/site'

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{MEDICAL_DISCLAIMER}</p>
        <p>
          {SITE_NAME} · <Link href={paths.entries()}>Diseases A–Z</Link> ·{' '}
          <Link href={paths.categories()}>Categories</Link>
        </p>
      </div>
    </footer>
  )
}
