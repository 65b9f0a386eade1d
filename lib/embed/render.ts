/**
 * The embeddable rendering of an entry: one small, self-contained HTML document for an iframe, with no
 * framework JavaScript — only a script of a few hundred bytes that tells the host page its height.
 * Inline style and script are allowed by their hashes in the Content-Security-Policy. Every string from
 * content is escaped by construction (lib/html.ts).
 */
import { SCRIPT, STYLE } from './document'
import { helpMarkup } from './help-html'
import type { Entry } from '../content/models'
import { citationNumbers, hasText } from '../content/outline'
import { portableTextToHtml } from './portable-text-html'
import { reviewDescription } from '../domain/review-kinds'
import { SECTIONS, type SectionKey } from '../domain/sections'
import { html, markup, type Html } from '../html'
import { MEDICAL_DISCLAIMER, SITE_NAME, absoluteUrl, formatDate, paths } from '../site'

export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

/** A link that opens outside the iframe. */
const out = (href: string, text: string) => html`<a href="${href}" target="_blank" rel="noopener">${text}</a>`

function document(head: Html, body: Html, slug: string): string {
  return `<!doctype html>${html`<html lang="en">
    <head>
      <meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
      ${head}<link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${markup(STYLE)}</style>
    </head>
    <body><main>${body}</main><script data-slug="${slug}">${markup(SCRIPT)}</script></body>
  </html>`}`
}

export function renderEmbed(entry: Entry, sections: SectionKey[], origin: string): string {
  const full = absoluteUrl(origin, paths.entry(entry.slug))
  const options = { origin, entrySlug: entry.slug, citationNumbers: citationNumbers(entry), newWindow: true }
  const chosen = SECTIONS.filter((s) => sections.includes(s.key) && hasText(entry.sections[s.key]))
  const reviewed = formatDate(entry.lastReviewed)
  const [site, licence] = [out(`${origin}/`, SITE_NAME), out(CONTENT_LICENCE.url, CONTENT_LICENCE.name)]
  const head = html`<title>${entry.title} · ${SITE_NAME}</title>
    <meta name="description" content="${entry.summary.slice(0, 300)}"><link rel="canonical" href="${full}">`
  const body = html`<article>
    <h1>${out(full, entry.title)}</h1>
    <p class="summary">${entry.summary}</p>
    ${helpMarkup(entry.whenToGetHelp)}
    ${chosen.map(
      (s) => html`<section><h2>${s.title}</h2>${markup(portableTextToHtml(entry.sections[s.key], options))}</section>`,
    )}
    <footer>
      ${reviewed && html`<p class="meta">Last reviewed on ${reviewed}: ${reviewDescription(entry)}.</p>`}
      <p class="disclaimer">${MEDICAL_DISCLAIMER}</p>
      <p class="attribution">From the ${site}, ${licence}. ${out(full, 'Read the full entry')}.</p>
    </footer>
  </article>`
  return document(head, body, entry.slug)
}

/** A minimal page for errors inside an iframe (not found, bad parameters). */
export function renderEmbedMessage(title: string, message: string, origin: string): string {
  const head = html`<title>${title} · ${SITE_NAME}</title><meta name="robots" content="noindex">`
  const browse = out(absoluteUrl(origin, paths.entries()), `Browse the ${SITE_NAME}`)
  return document(head, html`<p><strong>${title}.</strong> ${message} ${browse}.</p>`, '')
}
