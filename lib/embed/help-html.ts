/**
 * "When to get help" as an HTML string, for the outputs that are not React: the embed, the Infobutton answer
 * (its summaries and its page). The same levels, words and order as the entry page (components/entry/
 * WhenToGetHelp.tsx); every string is escaped where it is written.
 */
import { escapeHTML } from '@portabletext/to-html'
import { HELP_TITLE, helpLevels, type WhenToGetHelp } from '../domain/help'

/** `heading` is the level of the "When to get help" heading; each advice level is one below it. */
export function helpHtml(
  help: WhenToGetHelp | undefined,
  heading: 2 | 3 | 4 = 2,
  clean: (text: string) => string = (t) => t,
): string {
  const levels = helpLevels(help)
  if (levels.length === 0) return ''
  const esc = (text: string) => escapeHTML(clean(text))
  const h = `h${heading}`
  const sub = `h${heading + 1}`
  return `<section class="help"><${h}>${esc(HELP_TITLE)}</${h}>${levels
    .map(
      (level) =>
        `<div class="help-level help-level--${level.key}"><${sub}><span class="help-level__marker">${esc(level.marker)}:</span> ${esc(level.title)}</${sub}><p>${esc(level.action)}</p><ul>${level.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul></div>`,
    )
    .join('')}</section>`
}
