import type { Metadata } from 'next'
import Link from 'next/link'
import { paths } from '@/lib/site'

export const metadata: Metadata = { title: 'Temporarily unavailable', robots: { index: false } }

/** Served with status 503 by the proxy for a page that was never rendered while the content source is down. */
export default function UnavailablePage() {
  return (
    <div className="prose">
      <h1>This page is temporarily unavailable</h1>
      <p className="lead">
        We cannot reach our content store just now, and we do not have a saved copy of this page yet. Please try again
        in a minute.
      </p>
      <p>
        Pages you have visited before, the <Link href={paths.entries()}>A–Z list</Link> and the{' '}
        <Link href="/">home page</Link> are still available.
      </p>
    </div>
  )
}
