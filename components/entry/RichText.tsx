import {
  PortableText,
  defaultComponents,
  type PortableTextBlockComponent,
  type PortableTextComponents,
  type PortableTextListComponent,
  type PortableTextListItemComponent,
  type PortableTextMarkComponent,
  type PortableTextTypeComponent,
} from '@portabletext/react'
import type { PortableTextBody } from '@/lib/content/models'
import { isSafeHref } from '@/lib/domain/links'
import {
  handlersByName,
  type AnnotationType,
  type BlockStyle,
  type Decorator,
  type ListType,
} from '@/lib/domain/portable-text'
import { SOURCE_LANGUAGE, isLang, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

const Paragraph: PortableTextBlockComponent = ({ children }) => <p>{children}</p>
const BulletList: PortableTextListComponent = ({ children }) => <ul>{children}</ul>
const ListItem: PortableTextListItemComponent = ({ children }) => <li>{children}</li>
const JustTheText: PortableTextMarkComponent = ({ children }) => <>{children}</>
// An object the schema does not know has no text we could show; its fields are data, not prose.
const Nothing: PortableTextTypeComponent = () => null

const blockStyles: Record<BlockStyle, PortableTextBlockComponent> = {
  normal: Paragraph,
  h3: ({ children }) => <h3>{children}</h3>,
  h4: ({ children }) => <h4>{children}</h4>,
}
const lists: Record<ListType, PortableTextListComponent> = {
  bullet: BulletList,
  number: ({ children }) => <ol>{children}</ol>,
}
const listItems: Record<ListType, PortableTextListItemComponent> = { bullet: ListItem, number: ListItem }
const decorators: Record<Decorator, PortableTextMarkComponent> = {
  strong: ({ children }) => <strong>{children}</strong>,
  em: ({ children }) => <em>{children}</em>,
}
const link: PortableTextMarkComponent = ({ value: mark, children }) => {
  const href = typeof mark?.href === 'string' ? mark.href : ''
  if (!isSafeHref(href)) return <>{children}</>
  const external = /^https?:/i.test(href)
  return (
    <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  )
}

// The same for every entry: built once, so React sees the same components on every render.
const fixed = {
  block: handlersByName(blockStyles, Paragraph, Object.keys(defaultComponents.block)),
  list: handlersByName(lists, BulletList, Object.keys(defaultComponents.list)),
  listItem: handlersByName(listItems, ListItem),
  types: handlersByName({}, Nothing, Object.keys(defaultComponents.types)),
  unknownBlockStyle: Paragraph,
  unknownList: BulletList,
  unknownListItem: ListItem,
  unknownMark: JustTheText,
  unknownType: Nothing,
} satisfies PortableTextComponents

/**
 * Portable Text as the entry page shows it. Every style, list, mark and type has a component here, and
 * anything the schema does not know (lib/domain/portable-text.ts) is shown as its text only, so no library
 * default, which might build a class from a name in the content, is ever reached. Citations become numbered
 * links to the reference list; links are re-checked here (defence in depth: the content boundary already
 * refused unsafe ones).
 */
export function RichText({
  value,
  citationNumbers,
  lang = SOURCE_LANGUAGE,
}: {
  value: PortableTextBody
  citationNumbers: Map<string, number>
  lang?: Lang
}) {
  // A link to an entry not translated yet goes to its source-language page, and says so in hreflang.
  const entryLink: PortableTextMarkComponent = ({ value: mark, children }) => {
    if (typeof mark?.slug !== 'string') return <>{children}</>
    const target = isLang(mark.lang) ? mark.lang : lang
    return (
      <a href={pathsIn(target).entry(mark.slug)} {...(target !== lang ? { hrefLang: target } : {})}>
        {children}
      </a>
    )
  }
  const cite: PortableTextMarkComponent = ({ value: mark, children }) => {
    const n = typeof mark?.reference === 'string' ? citationNumbers.get(mark.reference) : undefined
    if (!n) return <>{children}</>
    return (
      <>
        {children}
        <sup className="cite">
          <a href={`#ref-${n}`} aria-label={messages(lang).entry.reference(n)}>
            [{n}]
          </a>
        </sup>
      </>
    )
  }
  const annotations: Record<AnnotationType, PortableTextMarkComponent> = { link, entryLink, cite }
  const components: PortableTextComponents = {
    ...fixed,
    marks: handlersByName({ ...decorators, ...annotations }, JustTheText, Object.keys(defaultComponents.marks)),
  }
  return <PortableText value={value} components={components} onMissingComponent={false} />
}
