/** The <head> of an entry page: title, description, Open Graph, canonical address and oEmbed discovery. */
import type { Metadata } from 'next'
import type { Entry } from '../content/models'
import { SITE_NAME, absoluteUrl, paths } from '../site'
import { clean } from '../content/stega'

export function entryMetadata(entry: Entry, origin: string): Metadata {
  // <title> and meta tags are read by machines and tabs: never the draft preview's edit links.
  return clean(metadataOf(entry, origin))
}

function metadataOf(entry: Entry, origin: string): Metadata {
  const url = absoluteUrl(origin, paths.entry(entry.slug))
  const oembed = (format: 'json' | 'xml') => absoluteUrl(origin, paths.oembed(url, format))
  return {
    title: entry.title,
    description: entry.summary,
    openGraph: {
      type: 'article',
      title: entry.title,
      description: entry.summary,
      url,
      siteName: SITE_NAME,
      locale: 'en_GB',
    },
    twitter: { card: 'summary', title: entry.title, description: entry.summary },
    alternates: {
      canonical: paths.entry(entry.slug),
      // oEmbed discovery: consumers find the embed of this page from these links.
      types: {
        'application/json+oembed': [{ url: oembed('json'), title: entry.title }],
        'text/xml+oembed': [{ url: oembed('xml'), title: entry.title }],
      },
    },
  }
}
