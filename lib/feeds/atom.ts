/** The Atom feed of recently updated or reviewed entries (RFC 4287). */
import { escapeHTML } from '@portabletext/to-html'
import type { EntrySummary } from '../content/models'
import { SITE_DESCRIPTION, SITE_NAME, paths } from '../site'

export const FEED_SIZE = 50

/** When an entry last changed for readers: its last edit or its last review, whichever is later. */
export function changedAt(e: EntrySummary): string {
  const dates = [e._updatedAt, e.lastReviewed ? `${e.lastReviewed}T00:00:00Z` : undefined].filter((d): d is string =>
    Boolean(d),
  )
  const latest = dates
    .map((d) => new Date(d))
    .filter((d) => !Number.isNaN(d.getTime()))
    .sort((a, b) => b.getTime() - a.getTime())[0]
  return (latest ?? new Date(0)).toISOString()
}

export function atomFeed(entries: EntrySummary[], origin: string): string {
  const recent = [...entries]
    .sort((a, b) => changedAt(b).localeCompare(changedAt(a)) || a.title.localeCompare(b.title))
    .slice(0, FEED_SIZE)
  const updated = recent[0] ? changedAt(recent[0]) : new Date(0).toISOString()
  const items = recent
    .map((e) => {
      const url = `${origin}${paths.entry(e.slug)}`
      return `<entry><id>${escapeHTML(url)}</id><title>${escapeHTML(e.title)}</title><link rel="alternate" type="text/html" href="${escapeHTML(url)}"/><updated>${changedAt(e)}</updated><summary>${escapeHTML(e.summary)}</summary></entry>`
    })
    .join('')
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>${escapeHTML(origin)}/</id><title>${escapeHTML(SITE_NAME)}: recently updated entries</title><subtitle>${escapeHTML(SITE_DESCRIPTION)}</subtitle><link rel="self" type="application/atom+xml" href="${escapeHTML(origin)}/feed.xml"/><link rel="alternate" type="text/html" href="${escapeHTML(origin)}/"/><updated>${updated}</updated><author><name>${escapeHTML(SITE_NAME)}</name></author>${items}</feed>`
}
