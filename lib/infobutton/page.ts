/**
 * The knowledge response as a small reader page (/infobutton?…), for EHRs that open a link rather than read
 * a feed: the matches with their other names and summaries, attribution and the medical disclaimer. The
 * embed's look and no framework JavaScript. Every string is cleaned of what XML cannot carry and escaped by
 * construction (lib/html.ts).
 */
import { STYLE } from '../embed/document'
import { CONTENT_LICENCE } from '../embed/render'
import { MEDICAL_DISCLAIMER, SITE_NAME, paths } from '../site'
import { dotless, normalizeCode } from '../domain/codes'
import { helpMarkup } from '../embed/help-html'
import { markup, type Html } from '../html'
import { describeRequest, entryUrl, languageNote } from './feed'
import { requestedCode, type InfobuttonMatch } from './match'
import type { InfobuttonRequest } from './request'
import { cleanText, infobuttonHtml as html } from './text'

// The site's Content-Security-Policy allows inline styles here (lib/security-headers.ts), so the embed's
// stylesheet can take a few more rules for a page of its own.
const PAGE_STYLE = `${STYLE}
main{max-width:44rem;margin:0 auto}article{margin:1.2rem 0}article+article{border-top:1px solid var(--line);padding-top:.6rem}.also-called{color:var(--muted)}`

function page(title: string, body: Html): string {
  return `<!doctype html>${html`<html lang="en">
    <head>
      <meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
      <meta name="robots" content="noindex"><title>${title} · ${SITE_NAME}</title>
      <link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${markup(PAGE_STYLE)}</style>
    </head>
    <body><main>${body}</main></body>
  </html>`}`
}

function footer(origin: string): Html {
  const licence = html`<a href="${CONTENT_LICENCE.url}">${CONTENT_LICENCE.name}</a>`
  return html`<footer>
    <p class="disclaimer">${MEDICAL_DISCLAIMER}</p>
    <p class="attribution">From the <a href="${origin}/">${SITE_NAME}</a>, ${licence}.</p>
  </footer>`
}

/** How an entry was found, when it was not by the very code asked for: a clinician should know. */
function foundBy(match: InfobuttonMatch, request: InfobuttonRequest): string {
  const codes = match.matchedCodes.map((c) => c.code)
  if (match.matchedBy === 'display name') return 'Found by its name.'
  if (match.matchedBy === 'parent code') return `Found by the broader code ${codes.join(', ')}.`
  // The code as the entries spell it (MIM:176860 is 176860, E8359 is E83.59), compared without the dot.
  const asked = request.system && request.code !== undefined ? requestedCode(request.system, request.code) : undefined
  const same = match.matchedCodes.some(
    (c) => asked !== undefined && dotless(normalizeCode(c.system, c.code)) === dotless(asked),
  )
  return same ? '' : `Found by the narrower code ${codes.join(', ')}.`
}

function article(match: InfobuttonMatch, request: InfobuttonRequest, origin: string): Html {
  const { entry } = match
  const url = entryUrl(origin, entry.slug)
  const how = foundBy(match, request)
  return html`<article>
    <h2><a href="${url}">${entry.title}</a></h2>
    ${how && html`<p class="meta">${how}</p>`}
    ${
      entry.alternateNames.length > 0 &&
      html`<p class="also-called">Also called: ${entry.alternateNames.join(', ')}</p>`
    }
    <p class="summary">${entry.summary}</p>
    ${helpMarkup(entry.whenToGetHelp, 3, cleanText)}
    <p><a href="${url}">Read the full entry on ${entry.title}</a></p>
  </article>`
}

export function renderInfobuttonPage(request: InfobuttonRequest, matches: InfobuttonMatch[], origin: string): string {
  const asked = describeRequest(request)
  const note = languageNote(request)
  const count = matches.length === 1 ? 'One matching entry' : `${matches.length} matching entries`
  const intro = html`<p class="meta">${count} in the ${SITE_NAME}.${note && ` ${note}`}</p>`
  const search = `${origin}${paths.search(request.displayName)}`
  const unheld = request.code !== undefined && request.system === undefined
  const nothing = html`<p>
      <strong>Nothing found.</strong> The ${SITE_NAME} has no entry for ${asked}${
        unheld && ', and it does not hold that code system'
      }.${note && ` ${note}`}
    </p>
    <p><a href="${search}">${
      request.displayName ? `Search the encyclopedia for “${request.displayName}”` : 'Search the encyclopedia'
    }</a></p>`
  const body = matches.length ? html`${intro}${matches.map((m) => article(m, request, origin))}` : nothing
  return page(`Information for ${asked}`, html`<h1>Information for ${asked}</h1>${body}${footer(origin)}`)
}

/** A 400 page naming the parameter, in the API's words. */
export function renderInfobuttonBadRequest(parameter: string, reason: string, origin: string): string {
  return page(
    'This request cannot be answered',
    html`<h1>This request cannot be answered</h1>
      <p>Parameter "${parameter}" ${reason}.</p>
      <p><a href="${origin}${paths.search()}">Search the encyclopedia</a> instead.</p>
      ${footer(origin)}`,
  )
}

export function renderInfobuttonUnavailable(origin: string): string {
  return page(
    'Temporarily unavailable',
    html`<h1>Temporarily unavailable</h1>
      <p>The encyclopedia cannot answer just now; please try again in a minute.</p>
      ${footer(origin)}`,
  )
}
