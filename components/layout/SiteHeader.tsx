import Link from 'next/link'
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
          </ul>
        </nav>
        <form action={paths.search()} method="get" role="search" className="search-form">
          <label htmlFor="site-search" className="visually-hidden">
            Search the encyclopedia
          </label>
          <input id="site-search" type="search" name="q" placeholder="Search diseases, symptoms or codes" autoComplete="off" />
          <button type="submit">Search</button>
        </form>
      </div>
    </header>
  )
}
