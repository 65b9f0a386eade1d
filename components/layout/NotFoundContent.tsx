import Link from 'next/link'
import { paths } from '@/lib/site'

export function NotFoundContent() {
  return (
    <div className="prose">
      <h1>Page not found</h1>
      <p className="lead">
        There is no page at this address. The entry may have moved, or the address may be mistyped.
      </p>
      <form action={paths.search()} method="get" role="search" className="search-form not-found-search">
        <label htmlFor="not-found-search">Search the encyclopedia</label>
        <input id="not-found-search" type="search" name="q" />
        <button type="submit">Search</button>
      </form>
      <p>
        Or browse <Link href={paths.entries()}>all diseases from A to Z</Link>, or go to the{' '}
        <Link href={paths.home()}>home page</Link>.
      </p>
    </div>
  )
}
