'use client'

import Link from 'next/link'

/** Shown when a page cannot be rendered at all (never for a page that rendered before: that one stays served). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="prose">
      <h1>This page is temporarily unavailable</h1>
      <p className="lead">We could not load this page just now. Please try again in a minute.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  )
}
