/**
 * Portable Text to an HTML string (for embeds and the JSON API), with @portabletext/to-html, which escapes
 * all text. Every style, list, mark and type has a handler here, and anything the schema does not know
 * (lib/domain/portable-text.ts) is shown as its escaped text only: no library default, which might build a
 * class or attribute from a name in the content, is ever reached. Links are re-checked; entry links and
 * citations point at the full entry on this site.
 */
import {
  defaultComponents,
  escapeHTML,
  toHTML,
  type PortableTextBlockComponent,
  type PortableTextComponents,
  type PortableTextListComponent,
  type PortableTextListItemComponent,
  type PortableTextMarkComponent,
  type PortableTextTypeComponent,
} from '@portabletext/to-html'
import type { PortableTextBody } from '../content/models'
import { isSafeHref } from '../domain/links'
import {
  handlersByName,
  type AnnotationType,
  type BlockStyle,
  type Decorator,
  type ListType,
} from '../domain/portable-text'
import { SOURCE_LANGUAGE, isLang, type Lang } from '../i18n/languages'
import { pathsIn } from '../site'

export interface HtmlOptions {
  /** Absolute origin of the site, so links work from another site's page. */
  origin: string
  /** The entry these blocks belong to, for citation links to its reference list. */
  entrySlug: string
  /** The entry's language (its links to entries not translated yet go to their source-language pages). */
  lang?: Lang
  citationNumbers: Map<string, number>
  /** Open links in a new browsing context (inside an iframe). */
  newWindow?: boolean
}

const paragraph: PortableTextBlockComponent = ({ children }) => `<p>${children ?? ''}</p>`
const bulletList: PortableTextListComponent = ({ children }) => `<ul>${children ?? ''}</ul>`
const listItem: PortableTextListItemComponent = ({ children }) => `<li>${children ?? ''}</li>`
const justTheText: PortableTextMarkComponent = ({ children }) => children
// An object the schema does not know has no text we could show; its fields are data, not prose.
const nothing: PortableTextTypeComponent = () => ''

const blockStyles: Record<BlockStyle, PortableTextBlockComponent> = {
  normal: paragraph,
  h3: ({ children }) => `<h3>${children ?? ''}</h3>`,
  h4: ({ children }) => `<h4>${children ?? ''}</h4>`,
}
const lists: Record<ListType, PortableTextListComponent> = {
  bullet: bulletList,
  number: ({ children }) => `<ol>${children ?? ''}</ol>`,
}
const listItems: Record<ListType, PortableTextListItemComponent> = { bullet: listItem, number: listItem }
const decorators: Record<Decorator, PortableTextMarkComponent> = {
  strong: ({ children }) => `<strong>${children}</strong>`,
  em: ({ children }) => `<em>${children}</em>`,
}

export function portableTextToHtml(blocks: PortableTextBody, options: HtmlOptions): string {
  const target = options.newWindow ? ' target="_blank"' : ''
  const anchor = (href: string, children: string, external = false) =>
    `<a href="${escapeHTML(href)}"${target}${external || options.newWindow ? ' rel="noopener noreferrer"' : ''}>${children}</a>`
  const annotations: Record<AnnotationType, PortableTextMarkComponent> = {
    link: ({ value, children }) => {
      const href = typeof value?.href === 'string' ? value.href : ''
      if (!isSafeHref(href)) return children
      const absolute = href.startsWith('/') ? `${options.origin}${href}` : href
      return anchor(absolute, children, /^https?:/i.test(href))
    },
    entryLink: ({ value, children }) =>
      typeof value?.slug === 'string'
        ? anchor(
            `${options.origin}${pathsIn(isLang(value.lang) ? value.lang : (options.lang ?? SOURCE_LANGUAGE)).entry(value.slug)}`,
            children,
          )
        : children,
    cite: ({ value, children }) => {
      const n = typeof value?.reference === 'string' ? options.citationNumbers.get(value.reference) : undefined
      if (!n) return children
      return `${children}<sup class="cite">${anchor(`${options.origin}${pathsIn(options.lang ?? SOURCE_LANGUAGE).entry(options.entrySlug)}#ref-${n}`, `[${n}]`)}</sup>`
    },
  }
  const components: PortableTextComponents = {
    block: handlersByName(blockStyles, paragraph, Object.keys(defaultComponents.block)),
    list: handlersByName(lists, bulletList, Object.keys(defaultComponents.list)),
    listItem: handlersByName(listItems, listItem),
    marks: handlersByName({ ...decorators, ...annotations }, justTheText, Object.keys(defaultComponents.marks)),
    types: handlersByName({}, nothing, Object.keys(defaultComponents.types)),
    unknownBlockStyle: paragraph,
    unknownList: bulletList,
    unknownListItem: listItem,
    unknownMark: justTheText,
    unknownType: nothing,
  }
  return toHTML(blocks, { onMissingComponent: false, components })
}
