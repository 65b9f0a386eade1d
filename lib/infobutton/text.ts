import { htmlTag } from '../html'

/** Characters XML 1.0 has no way to write, escaped or not: content and requests (%01) may still carry them. */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text without those characters: what the feed, the JSON and the page may carry. */
export const cleanText = (text: string) => text.replace(NOT_XML, '')

/** The HTML template of the knowledge response (its summaries and its page): every string cleaned, then escaped. */
export const infobuttonHtml = htmlTag(cleanText)
