/**
 * The knowledge response as a small reader page (/infobutton?…), for EHRs that open a link rather than read
 * a feed: the matches with their other names and summaries, attribution and the medical disclaimer. The
 * embed's look and no framework JavaScript; every content string is escaped where it is written.
 */
import { STYLE } from '../embed/document'
import { CONTENT_LICENCE } from '../embed/render'
import { MEDICAL_DISCLAIMER, SITE_NAME, paths } from '../site'
import { dotless, normalizeCode } from '../domain/codes'
import { helpHtml } from '../embed/help-html'
import { describeRequest, entryUrl, languageNote } from './feed'
import { requestedCode, type InfobuttonMatch } from './match'
import type { InfobuttonRequest } from './request'
import { cleanText, htmlText } from './text'

// The site's Content-Security-Policy allows inline styles here (lib/security-headers.ts), so the embed's
// stylesheet can take a few more rules for a page of its own.
const PAGE_STYLE = `${STYLE}
main{max-width:44rem;margin:0 auto}article{margin:1.2rem 0}article+article{border-top:1px solid var(--line);padding-top:.6rem}.also-called{color:var(--muted)}`

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${htmlText(title)} · ${htmlText(SITE_NAME)}</title><link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${PAGE_STYLE}</style></head><body><main>${body}</main></body></html>`
}

function footer(origin: string): string {
  return `<footer><p class="disclaimer">${htmlText(MEDICAL_DISCLAIMER)}</p><p class="attribution">From the <a href="${htmlText(origin)}/">${htmlText(SITE_NAME)}</a>, <a href="${htmlText(CONTENT_LICENCE.url)}">${htmlText(CONTENT_LICENCE.name)}</a>.</p></footer>`
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

function article(match: InfobuttonMatch, request: InfobuttonRequest, origin: string): string {
  const { entry } = match
  const url = entryUrl(origin, entry.slug)
  const how = foundBy(match, request)
  return `<article><h2><a href="${htmlText(url)}">${htmlText(entry.title)}</a></h2>${how ? `<p class="meta">${htmlText(how)}</p>` : ''}${
    entry.alternateNames.length
      ? `<p class="also-called">Also called: ${entry.alternateNames.map(htmlText).join(', ')}</p>`
      : ''
  }<p class="summary">${htmlText(entry.summary)}</p>${helpHtml(entry.whenToGetHelp, 3, cleanText)}<p><a href="${htmlText(url)}">Read the full entry on ${htmlText(entry.title)}</a></p></article>`
}

export function renderInfobuttonPage(request: InfobuttonRequest, matches: InfobuttonMatch[], origin: string): string {
  const asked = describeRequest(request)
  const note = languageNote(request)
  const intro = `<p class="meta">${matches.length === 1 ? 'One matching entry' : `${matches.length} matching entries`} in the ${htmlText(SITE_NAME)}.${note ? ` ${htmlText(note)}` : ''}</p>`
  const search = `${origin}${paths.search(request.displayName)}`
  const nothing = `<p><strong>Nothing found.</strong> The ${htmlText(SITE_NAME)} has no entry for ${htmlText(asked)}${
    request.code !== undefined && request.system === undefined ? ', and it does not hold that code system' : ''
  }.${note ? ` ${htmlText(note)}` : ''}</p><p><a href="${htmlText(search)}">${request.displayName ? `Search the encyclopedia for “${htmlText(request.displayName)}”` : 'Search the encyclopedia'}</a></p>`
  const body = matches.length ? `${intro}${matches.map((m) => article(m, request, origin)).join('')}` : nothing
  return page(`Information for ${asked}`, `<h1>Information for ${htmlText(asked)}</h1>${body}${footer(origin)}`)
}

/** A 400 page naming the parameter, in the API's words. */
export function renderInfobuttonBadRequest(parameter: string, reason: string, origin: string): string {
  return page(
    'This request cannot be answered',
    `<h1>This request cannot be answered</h1><p>Parameter "${htmlText(parameter)}" ${htmlText(reason)}.</p><p><a href="${htmlText(origin)}${paths.search()}">Search the encyclopedia</a> instead.</p>${footer(origin)}`,
  )
}

export function renderInfobuttonUnavailable(origin: string): string {
  return page(
    'Temporarily unavailable',
    `<h1>Temporarily unavailable</h1><p>The encyclopedia cannot answer just now; please try again in a minute.</p>${footer(origin)}`,
  )
}
