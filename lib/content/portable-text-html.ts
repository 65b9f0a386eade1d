/**
 * Portable Text to an HTML string (for embeds and the JSON API), with @portabletext/to-html, which escapes
 * all text. Links are re-checked; entry links and citations point at the full entry on this site.
 */
import { escapeHTML, toHTML } from '@portabletext/to-html'
import type { PortableTextBody } from './models'
import { isSafeHref } from './links'

export interface HtmlOptions {
  /** Absolute origin of the site, so links work from another site's page. */
  origin: string
  /** The entry these blocks belong to, for citation links to its reference list. */
  entrySlug: string
  citationNumbers: Map<string, number>
  /** Open links in a new browsing context (inside an iframe). */
  newWindow?: boolean
}

export function portableTextToHtml(blocks: PortableTextBody, options: HtmlOptions): string {
  const target = options.newWindow ? ' target="_blank"' : ''
  const anchor = (href: string, children: string, external = false) =>
    `<a href="${escapeHTML(href)}"${target}${external || options.newWindow ? ' rel="noopener noreferrer"' : ''}>${children}</a>`
  return toHTML(blocks, {
    onMissingComponent: false,
    components: {
      marks: {
        link: ({ value, children }) => {
          const href = typeof value?.href === 'string' ? value.href : ''
          if (!isSafeHref(href)) return children
          const absolute = href.startsWith('/') ? `${options.origin}${href}` : href
          return anchor(absolute, children, /^https?:/i.test(href))
        },
        entryLink: ({ value, children }) =>
          typeof value?.slug === 'string' ? anchor(`${options.origin}/diseases/${value.slug}`, children) : children,
        cite: ({ value, children }) => {
          const n = typeof value?.reference === 'string' ? options.citationNumbers.get(value.reference) : undefined
          if (!n) return children
          return `${children}<sup class="cite">${anchor(`${options.origin}/diseases/${options.entrySlug}#ref-${n}`, `[${n}]`)}</sup>`
        },
      },
    },
  })
}
