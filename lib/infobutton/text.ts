import { escapeHTML } from '@portabletext/to-html'

/** Characters XML 1.0 has no way to write, escaped or not: content and requests (%01) may still carry them. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text without those characters: what the feed, the JSON and the page may carry. */
export const cleanText = (text: string) => text.replace(NOT_XML, '')

/** HTML text of the knowledge response (its summaries and its page): cleaned, then escaped as embeds and the API escape it. */
export const htmlText = (text: string) => escapeHTML(cleanText(text))
