/**
 * The embeddable rendering of an entry: one small, self-contained HTML document for an iframe, with no
 * framework JavaScript — only a script of a few hundred bytes that tells the host page its height.
 * Inline style and script are allowed by their hashes in the Content-Security-Policy.
 */
import crypto from 'node:crypto'
import { escapeHTML } from '@portabletext/to-html'
import type { Entry } from '../content/models'
import { citationNumbers, hasText } from '../content/outline'
import { portableTextToHtml } from '../content/portable-text-html'
import { SECTIONS, type SectionKey } from '../content/sections'
import { MEDICAL_DISCLAIMER, SITE_NAME, formatDate } from '../site'

export const EMBED_MESSAGE_TYPE = 'ome:embed-height'
export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

const STYLE = `:root{color-scheme:light dark;--fg:#1b1f24;--muted:#56606b;--line:#d5dbe1;--accent:#0b5cad;--bg:#fff;--note:#fff4d6;--note-fg:#5a4200}
@media (prefers-color-scheme:dark){:root{--fg:#e6eaee;--muted:#a6b0ba;--line:#333c46;--accent:#7cb8ff;--bg:#12161b;--note:#3a2f10;--note-fg:#ffe7a3}}
html{background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
body{margin:0;padding:12px 16px}h1{font-size:1.35rem;margin:0 0 .4rem;line-height:1.25}h2{font-size:1.1rem;margin:1.1rem 0 .3rem}h3{font-size:1rem}
a{color:var(--accent)}p,ul,ol{margin:.45rem 0}.summary{font-size:1.05rem}.cite{font-size:.75em;line-height:0}
.meta,.attribution{font-size:.875rem;color:var(--muted)}.disclaimer{font-size:.875rem;background:var(--note);color:var(--note-fg);padding:.5rem .7rem;border-radius:6px}
footer{border-top:1px solid var(--line);margin-top:1rem;padding-top:.4rem}`

// Reports the document height to the embedding page (which checks our origin); resends on resize.
const SCRIPT = `(function(){var s=document.currentScript,slug=s&&s.getAttribute("data-slug");function post(){parent.postMessage({type:"${EMBED_MESSAGE_TYPE}",slug:slug,height:Math.ceil(document.documentElement.getBoundingClientRect().height)},"*")}addEventListener("load",post);if(window.ResizeObserver)new ResizeObserver(post).observe(document.documentElement);else addEventListener("resize",post)})()`

const hash = (text: string) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`

/** Content-Security-Policy of an embed: nothing but its own inline style and script; any site may frame it. */
export const EMBED_CSP = [
  "default-src 'none'",
  `style-src ${hash(STYLE)}`,
  `script-src ${hash(SCRIPT)}`,
  "img-src 'self' https://cdn.sanity.io",
  // Browsers and crawlers fetch /robots.txt and the icon from the page's context.
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ')

export const EMBED_SCRIPT_BYTES = Buffer.byteLength(SCRIPT)

export function renderEmbed(entry: Entry, sections: SectionKey[], origin: string): string {
  const full = `${origin}/diseases/${entry.slug}`
  const numbers = citationNumbers(entry)
  const chosen = SECTIONS.filter((s) => sections.includes(s.key) && hasText(entry.sections[s.key]))
  const body = chosen
    .map(
      (s) =>
        `<section><h2>${escapeHTML(s.title)}</h2>${portableTextToHtml(entry.sections[s.key], { origin, entrySlug: entry.slug, citationNumbers: numbers, newWindow: true })}</section>`,
    )
    .join('')
  const reviewed = formatDate(entry.lastReviewed)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHTML(entry.title)} · ${SITE_NAME}</title><meta name="description" content="${escapeHTML(entry.summary.slice(0, 300))}"><link rel="canonical" href="${escapeHTML(full)}"><link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${STYLE}</style></head><body><article><h1><a href="${escapeHTML(full)}" target="_blank" rel="noopener">${escapeHTML(entry.title)}</a></h1><p class="summary">${escapeHTML(entry.summary)}</p>${body}<footer>${reviewed ? `<p class="meta">Last reviewed ${escapeHTML(reviewed)}.</p>` : ''}<p class="disclaimer">${escapeHTML(MEDICAL_DISCLAIMER)}</p><p class="attribution">From the <a href="${escapeHTML(origin)}/" target="_blank" rel="noopener">${SITE_NAME}</a>, <a href="${CONTENT_LICENCE.url}" target="_blank" rel="noopener">${CONTENT_LICENCE.name}</a>. <a href="${escapeHTML(full)}" target="_blank" rel="noopener">Read the full entry</a>.</p></footer></article><script data-slug="${escapeHTML(entry.slug)}">${SCRIPT}</script></body></html>`
}

/** A minimal page for errors inside an iframe (not found, bad parameters). */
export function renderEmbedMessage(title: string, message: string, origin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHTML(title)} · ${SITE_NAME}</title><meta name="robots" content="noindex"><link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${STYLE}</style></head><body><p><strong>${escapeHTML(title)}.</strong> ${escapeHTML(message)} <a href="${escapeHTML(origin)}/diseases" target="_blank" rel="noopener">Browse the ${SITE_NAME}</a>.</p><script data-slug="">${SCRIPT}</script></body></html>`
}
