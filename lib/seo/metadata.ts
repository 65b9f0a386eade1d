/**
 * The <head> of reader pages: titles, descriptions, Open Graph, canonical addresses, `hreflang` alternates
 * (with `x-default`, lib/i18n/alternates.ts) and, for entries, oEmbed discovery.
 */
import type { Metadata } from 'next'
import type { Category, Entry } from '../content/models'
import { SITE_NAME, absoluteUrl, pathsIn, type Paths } from '../site'
import { clean } from '../content/stega'
import { documentAlternates, hreflang, listAlternates } from '../i18n/alternates'
import { language, type Lang } from '../i18n/languages'
import { messages } from '../i18n/messages'

/** The language's Atom feed, as a `<link rel="alternate">` (a page's own `alternates` replace the layout's). */
const feedLink = (lang: Lang) => {
  const t = messages(lang).site
  return { 'application/atom+xml': [{ url: pathsIn(lang).feed(), title: t.feedTitle(t.name) }] }
}

/** What every page of a language shares: the title template, description and the language's Atom feed. */
export function siteMetadata(lang: Lang, origin: string): Metadata {
  const t = messages(lang).site
  return {
    metadataBase: new URL(origin),
    title: { default: t.name, template: `%s · ${t.name}` },
    description: t.description,
    applicationName: t.name,
    alternates: { types: feedLink(lang) },
  }
}

/** A page every language has: its title, description, canonical address and hreflang links. */
export function listMetadata(
  lang: Lang,
  page: (paths: Paths) => string,
  words: { title: string; description: string },
): Metadata {
  return {
    ...words,
    alternates: { canonical: page(pathsIn(lang)), languages: hreflang(listAlternates(page)), types: feedLink(lang) },
  }
}

/** A category's page of entries (`page` of `pages`): later pages are their own, without hreflang pairs. */
export function categoryMetadata(category: Category, { page, pages } = { page: 1, pages: 1 }): Metadata {
  const t = messages(category.lang)
  // Meta tags are read by machines: never the draft preview's edit links (lib/content/stega.ts).
  return clean({
    title: page > 1 ? `${category.title} (${t.az.page(page, pages)})` : category.title,
    description: category.description ?? t.categories.inCategory(category.title),
    alternates: {
      canonical: pathsIn(category.lang).category(category.slug, page),
      languages: page > 1 ? undefined : hreflang(documentAlternates(category, 'category')),
    },
  })
}

export function entryMetadata(entry: Entry, origin: string): Metadata {
  // <title> and meta tags are read by machines and tabs: never the draft preview's edit links.
  return clean(metadataOf(entry, origin))
}

function metadataOf(entry: Entry, origin: string): Metadata {
  const paths = pathsIn(entry.lang)
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
      locale: language(entry.lang).locale.replace('-', '_'),
    },
    twitter: { card: 'summary', title: entry.title, description: entry.summary },
    alternates: {
      canonical: paths.entry(entry.slug),
      languages: hreflang(documentAlternates(entry, 'entry')),
      // oEmbed discovery: consumers find the embed of this page from these links.
      types: {
        'application/json+oembed': [{ url: oembed('json'), title: entry.title }],
        'text/xml+oembed': [{ url: oembed('xml'), title: entry.title }],
      },
    },
  }
}
