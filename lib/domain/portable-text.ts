/**
 * What an entry's section text may contain: the paragraph styles, lists, text styles, annotations and inline
 * objects that editors can use. The Studio schema (sanity/schemaTypes/objects/sectionBody.ts) offers exactly
 * these, the content boundary (models.ts) drops anything else, and the renderers handle nothing else.
 * No Next.js or Sanity imports: the Studio and the site both load this file.
 */

export const BLOCK_STYLES = [
  { value: 'normal', title: 'Paragraph' },
  { value: 'h3', title: 'Subheading' },
  { value: 'h4', title: 'Minor heading' },
] as const

export const LIST_TYPES = [
  { value: 'bullet', title: 'Bullets' },
  { value: 'number', title: 'Numbered' },
] as const

/** Text styles without data ("decorators" in Portable Text). */
export const DECORATORS = [
  { value: 'strong', title: 'Strong' },
  { value: 'em', title: 'Emphasis' },
] as const

/** Marks that carry data, stored in the block's markDefs ("annotations" in Portable Text). */
export const ANNOTATION_TYPES = [
  { name: 'link', title: 'External link' },
  { name: 'entryLink', title: 'Link to another entry' },
  { name: 'cite', title: 'Citation' },
] as const

/** Objects that may sit inside a paragraph alongside its text: none today. */
export const INLINE_OBJECT_TYPES = [] as const satisfies readonly { name: string; title: string }[]

export type BlockStyle = (typeof BLOCK_STYLES)[number]['value']
export type ListType = (typeof LIST_TYPES)[number]['value']
export type Decorator = (typeof DECORATORS)[number]['value']
export type AnnotationType = (typeof ANNOTATION_TYPES)[number]['name']

export const BLOCK_STYLE_VALUES = BLOCK_STYLES.map((s) => s.value) as [BlockStyle, ...BlockStyle[]]
export const LIST_TYPE_VALUES = LIST_TYPES.map((l) => l.value) as [ListType, ...ListType[]]
export const DECORATOR_VALUES: readonly Decorator[] = DECORATORS.map((d) => d.value)
export const ANNOTATION_TYPE_NAMES = ANNOTATION_TYPES.map((a) => a.name) as [AnnotationType, ...AnnotationType[]]

// Membership by value, never by property lookup: a name from content may be "constructor" or "__proto__".
const among =
  <T extends string>(values: readonly T[]) =>
  (name: unknown): name is T =>
    typeof name === 'string' && (values as readonly string[]).includes(name)

export const isBlockStyle = among(BLOCK_STYLE_VALUES)
export const isDecorator = among(DECORATOR_VALUES)

/**
 * A renderer's handlers by name, for a Portable Text library that looks them up with `table[name]` where the
 * name comes from content. Every name an object inherits ("constructor", "toString", "__proto__") and every
 * name in `libraryDefaults` gets `unknown`, so the only handlers a name can reach are `known` and `unknown`.
 */
export function handlersByName<H>(
  known: Record<string, H>,
  unknown: H,
  libraryDefaults: readonly string[] = [],
): Record<string, H> {
  const table: Record<string, H> = {}
  // defineProperty, because assigning "__proto__" would replace the prototype instead of adding a handler.
  const set = (name: string, handler: H) =>
    Object.defineProperty(table, name, { value: handler, enumerable: true, writable: true, configurable: true })
  for (const name of [...Object.getOwnPropertyNames(Object.prototype), ...libraryDefaults]) set(name, unknown)
  for (const [name, handler] of Object.entries(known)) set(name, handler)
  return table
}
