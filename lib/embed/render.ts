/**
 * The embeddable rendering of an entry: one small, self-contained HTML document for an iframe, with no
 * framework JavaScript — only a script of a few hundred bytes that tells the host page its height.
 * Inline style and script are allowed by their hashes in the Content-Security-Policy.
 */
import { escapeHTML } from '@portabletext/to-html'
import { SCRIPT, STYLE } from './document'
import { helpHtml } from './help-html'
import type { Entry } from '../content/models'
import { citationNumbers, hasText } from '../content/outline'
import { portableTextToHtml } from './portable-text-html'
import { reviewDescription } from '../domain/review-kinds'
import { SECTIONS, type SectionKey } from '../domain/sections'
import { MEDICAL_DISCLAIMER, SITE_NAME, formatDate, paths } from '../site'

export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

export function renderEmbed(entry: Entry, sections: SectionKey[], origin: string): string {
  const full = `${origin}${paths.entry(entry.slug)}`
  const numbers = citationNumbers(entry)
  const chosen = SECTIONS.filter((s) => sections.includes(s.key) && hasText(entry.sections[s.key]))
  const body = chosen
    .map(
      (s) =>
        `<section><h2>${escapeHTML(s.title)}</h2>${portableTextToHtml(entry.sections[s.key], { origin, entrySlug: entry.slug, citationNumbers: numbers, newWindow: true })}</section>`,
    )
    .join('')
  const reviewed = formatDate(entry.lastReviewed)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHTML(entry.title)} · ${SITE_NAME}</title><meta name="description" content="${escapeHTML(entry.summary.slice(0, 300))}"><link rel="canonical" href="${escapeHTML(full)}"><link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${STYLE}</style></head><body><main><article><h1><a href="${escapeHTML(full)}" target="_blank" rel="noopener">${escapeHTML(entry.title)}</a></h1><p class="summary">${escapeHTML(entry.summary)}</p>${helpHtml(entry.whenToGetHelp)}${body}<footer>${reviewed ? `<p class="meta">Last reviewed on ${escapeHTML(reviewed)}: ${escapeHTML(reviewDescription(entry))}.</p>` : ''}<p class="disclaimer">${escapeHTML(MEDICAL_DISCLAIMER)}</p><p class="attribution">From the <a href="${escapeHTML(origin)}/" target="_blank" rel="noopener">${SITE_NAME}</a>, <a href="${CONTENT_LICENCE.url}" target="_blank" rel="noopener">${CONTENT_LICENCE.name}</a>. <a href="${escapeHTML(full)}" target="_blank" rel="noopener">Read the full entry</a>.</p></footer></article></main><script data-slug="${escapeHTML(entry.slug)}">${SCRIPT}</script></body></html>`
}

/** A minimal page for errors inside an iframe (not found, bad parameters). */
export function renderEmbedMessage(title: string, message: string, origin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHTML(title)} · ${SITE_NAME}</title><meta name="robots" content="noindex"><link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${STYLE}</style></head><body><main><p><strong>${escapeHTML(title)}.</strong> ${escapeHTML(message)} <a href="${escapeHTML(origin + paths.entries())}" target="_blank" rel="noopener">Browse the ${SITE_NAME}</a>.</p></main><script data-slug="">${SCRIPT}</script></body></html>`
}
