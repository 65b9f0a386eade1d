/** The Atom feed of recently updated or reviewed entries (RFC 4287). */
import { escapeHTML } from '@portabletext/to-html'
import type { EntrySummary } from '../content/models'
import { SOURCE_LANGUAGE, type Lang } from '../i18n/languages'
import { messages } from '../i18n/messages'
import { absoluteUrl, pathsIn } from '../site'

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

/** The feed of one language: its entries, its words, `xml:lang` and its own address. */
export function atomFeed(entries: EntrySummary[], origin: string, lang: Lang = SOURCE_LANGUAGE): string {
  const paths = pathsIn(lang)
  const t = messages(lang).site
  const recent = [...entries]
    .sort((a, b) => changedAt(b).localeCompare(changedAt(a)) || a.title.localeCompare(b.title, lang))
    .slice(0, FEED_SIZE)
  const updated = recent[0] ? changedAt(recent[0]) : new Date(0).toISOString()
  const items = recent
    .map((e) => {
      const url = absoluteUrl(origin, paths.entry(e.slug))
      return `<entry><id>${escapeHTML(url)}</id><title>${escapeHTML(e.title)}</title><link rel="alternate" type="text/html" href="${escapeHTML(url)}"/><updated>${changedAt(e)}</updated><summary>${escapeHTML(e.summary)}</summary></entry>`
    })
    .join('')
  const home = lang === SOURCE_LANGUAGE ? `${origin}/` : absoluteUrl(origin, paths.home())
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}"><id>${escapeHTML(home)}</id><title>${escapeHTML(t.feedTitle(t.name))}</title><subtitle>${escapeHTML(t.description)}</subtitle><link rel="self" type="application/atom+xml" href="${escapeHTML(absoluteUrl(origin, paths.feed()))}"/><link rel="alternate" type="text/html" href="${escapeHTML(home)}"/><updated>${updated}</updated><author><name>${escapeHTML(t.name)}</name></author>${items}</feed>`
}
