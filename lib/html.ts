/**
 * HTML escaped by construction, for the outputs that are strings rather than React (the embed, the
 * Infobutton page): in html`…` every interpolated value is escaped, unless it is itself Html, which only
 * this template or `markup()` (for a renderer that escapes, such as portableTextToHtml) can make. A line
 * break and the indentation after it in the template's own text are dropped, so a document can be written
 * on several lines and still come out as one.
 */
import { escapeHTML } from '@portabletext/to-html'

export class Html {
  constructor(private readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** What html`…` takes: text (escaped), Html (kept), lists of either (joined), and nothing (false, null, undefined). */
export type HtmlValue = string | number | Html | false | null | undefined | readonly HtmlValue[]

/**
 * A template tag whose interpolated strings go through `prepare` before they are escaped (the Infobutton
 * answer removes what XML cannot carry); `html` prepares nothing.
 */
export function htmlTag(prepare: (text: string) => string = (t) => t) {
  const write = (value: HtmlValue): string => {
    if (value === false || value === null || value === undefined) return ''
    if (value instanceof Html) return value.toString()
    if (Array.isArray(value)) return value.map(write).join('')
    return escapeHTML(prepare(String(value)))
  }
  return (strings: TemplateStringsArray, ...values: HtmlValue[]): Html => {
    let out = ''
    strings.forEach((text, i) => {
      out += text.replace(/\n\s*/g, '')
      if (i < values.length) out += write(values[i])
    })
    return new Html(out)
  }
}

export const html = htmlTag()

/** Markup from a renderer that escapes what it writes (portableTextToHtml, a fixed stylesheet or script). */
export const markup = (trusted: string) => new Html(trusted)
