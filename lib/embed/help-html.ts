/**
 * "When to get help" as HTML, for the outputs that are not React: the embed, the Infobutton answer (its
 * summaries and its page). The same levels, words and order as the entry page (components/entry/
 * WhenToGetHelp.tsx); every string is escaped (lib/html.ts).
 */
import type { WhenToGetHelp } from '../domain/help'
import { html, markup, type Html } from '../html'
import { SOURCE_LANGUAGE, type Lang } from '../i18n/languages'
import { messages } from '../i18n/messages'
import { helpLevelsIn } from '../i18n/text'

/** `heading` is the level of the "When to get help" heading; each advice level is one below it. */
export function helpMarkup(
  help: WhenToGetHelp | undefined,
  heading: 2 | 3 | 4 = 2,
  clean: (text: string) => string = (t) => t,
  lang: Lang = SOURCE_LANGUAGE,
): Html {
  const levels = helpLevelsIn(help, lang)
  if (levels.length === 0) return markup('')
  const [open, close] = [markup(`<h${heading}>`), markup(`</h${heading}>`)]
  const [openSub, closeSub] = [markup(`<h${heading + 1}>`), markup(`</h${heading + 1}>`)]
  return html`<section class="help">${open}${clean(messages(lang).help.title)}${close}${levels.map(
    (level) => html`<div class="help-level help-level--${level.key}">
      ${openSub}<span class="help-level__marker">${clean(level.marker)}:</span> ${clean(level.title)}${closeSub}
      <p>${clean(level.action)}</p>
      <ul>${level.items.map((item) => html`<li>${clean(item)}</li>`)}</ul>
    </div>`,
  )}</section>`
}
