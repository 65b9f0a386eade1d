import Link from 'next/link'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

export const unavailableMetadata = (lang: Lang) => ({
  title: messages(lang).unavailable.title,
  robots: { index: false },
})

/** Served with status 503 by the proxy for a page that was never rendered while the content source is down. */
export function UnavailablePage({ lang }: { lang: Lang }) {
  const t = messages(lang).unavailable
  const paths = pathsIn(lang)
  const [before, az, and, home, after] = t.still
  return (
    <div className="prose">
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      <p>
        {before} <Link href={paths.entries()}>{az}</Link> {and} <Link href={paths.home()}>{home}</Link> {after}
      </p>
    </div>
  )
}
