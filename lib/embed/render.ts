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
import { SECTIONS, type SectionKey } from '../domain/sections'
import { html, markup, type Html } from '../html'
import { SOURCE_LANGUAGE, type Lang } from '../i18n/languages'
import { messages } from '../i18n/messages'
import { reviewDescription } from '../i18n/text'
import { SITE_NAME, absoluteUrl, formatDate, pathsIn } from '../site'

export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

/** A link that opens outside the iframe. */
const out = (href: string, text: string) => html`<a href="${href}" target="_blank" rel="noopener">${text}</a>`

function document(head: Html, body: Html, slug: string, lang: Lang): string {
  return `<!doctype html>${html`<html lang="${lang}">
    <head>
      <meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
      ${head}<link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${markup(STYLE)}</style>
    </head>
    <body><main>${body}</main><script data-slug="${slug}">${markup(SCRIPT)}</script></body>
  </html>`}`
}

/** An entry in its language: `<html lang>`, headings, help, review line and links all follow it. */
export function renderEmbed(entry: Entry, sections: SectionKey[], origin: string): string {
  const { lang } = entry
  const t = messages(lang)
  const full = absoluteUrl(origin, pathsIn(lang).entry(entry.slug))
  const options = { origin, entrySlug: entry.slug, lang, citationNumbers: citationNumbers(entry), newWindow: true }
  const chosen = SECTIONS.filter((s) => sections.includes(s.key) && hasText(entry.sections[s.key]))
  const reviewed = formatDate(entry.lastReviewed, lang)
  const home = lang === SOURCE_LANGUAGE ? `${origin}/` : absoluteUrl(origin, pathsIn(lang).home())
  const [site, licence] = [out(home, SITE_NAME), out(CONTENT_LICENCE.url, CONTENT_LICENCE.name)]
  const head = html`<title>${entry.title} · ${SITE_NAME}</title>
    <meta name="description" content="${entry.summary.slice(0, 300)}"><link rel="canonical" href="${full}">`
  const body = html`<article>
    <h1>${out(full, entry.title)}</h1>
    <p class="summary">${entry.summary}</p>
    ${helpMarkup(entry.whenToGetHelp, 2, undefined, lang)}
    ${chosen.map(
      (s) =>
        html`<section><h2>${t.sections[s.key]}</h2>${markup(portableTextToHtml(entry.sections[s.key], options))}</section>`,
    )}
    <footer>
      ${reviewed && html`<p class="meta">${t.entry.lastReviewed} ${reviewed}: ${reviewDescription(entry, lang)}.</p>`}
      <p class="disclaimer">${t.site.disclaimer}</p>
      <p class="attribution">${t.embed.from} ${site}, ${licence}. ${out(full, t.embed.readFull)}.</p>
    </footer>
  </article>`
  return document(head, body, entry.slug, lang)
}

/** A minimal page for errors inside an iframe (not found, bad parameters). */
export function renderEmbedMessage(title: string, message: string, origin: string): string {
  const head = html`<title>${title} · ${SITE_NAME}</title><meta name="robots" content="noindex">`
  const browse = out(
    absoluteUrl(origin, pathsIn(SOURCE_LANGUAGE).entries()),
    messages(SOURCE_LANGUAGE).embed.browse(SITE_NAME),
  )
  return document(head, html`<p><strong>${title}.</strong> ${message} ${browse}.</p>`, '', SOURCE_LANGUAGE)
}
