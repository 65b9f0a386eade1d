/**
 * The knowledge response: an Atom feed as the HL7 Infobutton service-oriented guide lays it out and
 * MedlinePlus Connect sends it (the request's criteria echoed as categories, xml:lang on feed and entries,
 * each entry's summary as HTML), and the same tree as JSON in MedlinePlus Connect's shape (attributes as
 * plain keys, element text as `_value`, arrays for category, link and entry).
 *
 * One model, two serialisations: every string is cleaned of what XML cannot carry when the model is built,
 * and escaped where it is written.
 */
import type { z } from 'zod'
import type { infobuttonFeedSchema } from '../api/schemas'
import { codeSystem } from '../domain/codes'
import type { EntrySummary } from '../content/models'
import { helpMarkup } from '../embed/help-html'
import { CONTENT_LICENCE } from '../embed/render'
import { changedAt } from '../feeds/atom'
import { SITE_NAME, absoluteUrl, paths } from '../site'
import type { InfobuttonMatch } from './match'
import { requestCriteria, type CriterionParam, type InfobuttonRequest } from './request'
import { cleanText, infobuttonHtml as html } from './text'

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'

export interface FeedLink {
  rel: 'self' | 'alternate'
  type: string
  href: string
  hreflang: 'en'
  title: string
}

export interface FeedEntry {
  title: string
  link: FeedLink
  id: string
  updated: string
  /** HTML, every content string in it escaped. */
  summaryHtml: string
  rights: string
}

export interface KnowledgeFeed {
  base: string
  title: string
  subtitle: string
  author: { name: string; uri: string }
  updated: string
  categories: { scheme: CriterionParam; term: string }[]
  id: string
  links: FeedLink[]
  rights: string
  entries: FeedEntry[]
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
/** Text for an XML element or attribute. (Not escapeHTML: its &nbsp; for runs of spaces is not an XML entity.) */
export const xmlEscape = (text: string) => cleanText(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c])

const RIGHTS = `From the ${SITE_NAME}, licensed under ${CONTENT_LICENCE.name} (${CONTENT_LICENCE.url}).`

export const entryUrl = (origin: string, slug: string) => absoluteUrl(origin, paths.entry(slug))

/** An entry's summary as HTML: other names, the summary, when to get help, attribution. */
export function summaryHtml(entry: EntrySummary, origin: string): string {
  const url = entryUrl(origin, entry.slug)
  const licence = html`<a href="${CONTENT_LICENCE.url}">${CONTENT_LICENCE.name}</a>`
  return html`${
    entry.alternateNames.length > 0 && html`<p class="also-called">Also called: ${entry.alternateNames.join(', ')}</p>`
  }
    <p class="summary">${entry.summary}</p>
    ${helpMarkup(entry.whenToGetHelp, 3, cleanText)}
    <p class="attribution">
      From the <a href="${origin}/">${SITE_NAME}</a>, ${licence}. <a href="${url}">Read the full entry</a>.
    </p>`.toString()
}

/** What was asked, in words: "ICD-10-CM E83.59", or the display name when no code was given. */
export function describeRequest(request: InfobuttonRequest): string {
  if (request.code !== undefined) {
    const code = request.system
      ? `${codeSystem(request.system).name} ${request.code}`
      : `code ${request.code} of code system ${request.codeSystemOid ?? ''}`
    return request.displayName !== undefined ? `${code} (“${request.displayName}”)` : code
  }
  return `“${request.displayName ?? ''}”`
}

/** The sentence saying the answer is in English when another language was asked for; undefined otherwise. */
export function languageNote(request: InfobuttonRequest): string | undefined {
  if (request.languageServed) return undefined
  return `Only English content is available, so this answer is in English (“${request.language ?? ''}” was asked for).`
}

/** The query of this request's addresses: its criteria, response type left out. */
export function criteriaQuery(request: InfobuttonRequest): string {
  return new URLSearchParams(requestCriteria(request)).toString()
}

export function buildFeed(
  request: InfobuttonRequest,
  matches: InfobuttonMatch[],
  origin: string,
  knowledgeUpdated: string,
): KnowledgeFeed {
  const query = criteriaQuery(request)
  const self = `${origin}/api/infobutton?${query}`
  const notes = [
    request.system === undefined && request.code !== undefined
      ? 'This service does not hold that code system.'
      : undefined,
    languageNote(request),
  ].filter(Boolean)
  const subtitle = [`${SITE_NAME} results for ${describeRequest(request)}.`, ...notes].join(' ')
  const updated =
    matches
      .map((m) => changedAt(m.entry))
      .sort()
      .at(-1) ?? knowledgeUpdated
  return {
    base: `${origin}/`,
    title: SITE_NAME,
    subtitle: cleanText(subtitle),
    author: { name: SITE_NAME, uri: `${origin}/` },
    updated,
    categories: requestCriteria(request).map(([scheme, term]) => ({ scheme, term: cleanText(term) })),
    id: self,
    links: [
      {
        rel: 'self',
        type: 'application/atom+xml',
        href: self,
        hreflang: 'en',
        title: `${SITE_NAME} knowledge response`,
      },
      {
        rel: 'alternate',
        type: 'text/html',
        href: `${origin}/infobutton?${query}`,
        hreflang: 'en',
        title: `${SITE_NAME}: the same answer as a page`,
      },
    ],
    rights: RIGHTS,
    entries: matches.map(({ entry }) => {
      const url = entryUrl(origin, entry.slug)
      return {
        title: cleanText(entry.title),
        link: { rel: 'alternate', type: 'text/html', href: url, hreflang: 'en', title: cleanText(entry.title) },
        id: url,
        updated: changedAt(entry),
        summaryHtml: summaryHtml(entry, origin),
        rights: RIGHTS,
      }
    }),
  }
}

/** When the knowledge last changed: the latest change of any entry (an empty answer's `updated`). */
export function latestChange(entries: EntrySummary[]): string {
  return entries.map(changedAt).sort().at(-1) ?? new Date(0).toISOString()
}

const linkXml = (l: FeedLink) =>
  `<link rel="${l.rel}" type="${xmlEscape(l.type)}" href="${xmlEscape(l.href)}" hreflang="${l.hreflang}" title="${xmlEscape(l.title)}"/>`

/** Atom, elements in the order of the guide's schema (KnowledgeResponse.xsd). */
export function atomXml(feed: KnowledgeFeed): string {
  const entries = feed.entries
    .map(
      (e) =>
        `<entry xml:lang="en"><title type="text">${xmlEscape(e.title)}</title>${linkXml(e.link)}<id>${xmlEscape(e.id)}</id><updated>${xmlEscape(e.updated)}</updated><summary type="html">${xmlEscape(e.summaryHtml)}</summary><rights type="text">${xmlEscape(e.rights)}</rights></entry>`,
    )
    .join('\n')
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${xmlEscape(feed.base)}" xml:lang="en">`,
    `<title type="text">${xmlEscape(feed.title)}</title><subtitle type="text">${xmlEscape(feed.subtitle)}</subtitle>`,
    `<author><name>${xmlEscape(feed.author.name)}</name><uri>${xmlEscape(feed.author.uri)}</uri></author><updated>${xmlEscape(feed.updated)}</updated>`,
    ...feed.categories.map((c) => `<category scheme="${xmlEscape(c.scheme)}" term="${xmlEscape(c.term)}"/>`),
    `<id>${xmlEscape(feed.id)}</id>${feed.links.map(linkXml).join('')}<rights type="text">${xmlEscape(feed.rights)}</rights>`,
    ...(entries ? [entries] : []),
    `</feed>`,
  ].join('\n')
}

const linkJson = (l: FeedLink) => ({ rel: l.rel, type: l.type, href: l.href, hreflang: l.hreflang, title: l.title })

/** The same tree in MedlinePlus Connect's JSON shape. */
export function feedJson(feed: KnowledgeFeed): z.output<typeof infobuttonFeedSchema> {
  return {
    feed: {
      base: feed.base,
      lang: 'en',
      title: { type: 'text', _value: feed.title },
      subtitle: { type: 'text', _value: feed.subtitle },
      author: { name: { _value: feed.author.name }, uri: { _value: feed.author.uri } },
      updated: { _value: feed.updated },
      category: feed.categories.map((c) => ({ scheme: c.scheme, term: c.term })),
      id: { _value: feed.id },
      link: feed.links.map(linkJson),
      rights: { type: 'text', _value: feed.rights },
      entry: feed.entries.map((e) => ({
        lang: 'en',
        title: { type: 'text', _value: e.title },
        link: [linkJson(e.link)],
        id: { _value: e.id },
        updated: { _value: e.updated },
        summary: { type: 'html', _value: e.summaryHtml },
        rights: { type: 'text', _value: e.rights },
      })),
    },
  }
}
