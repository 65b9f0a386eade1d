import Link from 'next/link'
import { SearchBox } from '@/components/search/SearchBox'
import { SITE_NAME, paths } from '@/lib/site'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href={paths.home()} className="site-title">
          {SITE_NAME}
        </Link>
        <nav aria-label="Main" className="site-nav">
          <ul>
            <li>
              <Link href={paths.entries()}>Diseases A–Z</Link>
            </li>
            <li>
              <Link href={paths.categories()}>Categories</Link>
            </li>
            <li>
              <Link href="/explore">Explore</Link>
            </li>
          </ul>
        </nav>
        <SearchBox />
      </div>
    </header>
  )
}
