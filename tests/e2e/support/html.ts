/**
 * Reading rendered HTML in end-to-end tests with a real parser (htmlparser2): elements found by tag, id,
 * class and attributes, and their text as a reader gets it.
 */
import { DomUtils, parseDocument } from 'htmlparser2'

type Node = ReturnType<typeof parseDocument>
export type Element = ReturnType<typeof DomUtils.findAll>[number]

export interface Match {
  tag?: string
  id?: string
  class?: string
  attrs?: Record<string, string>
}

const matches = (el: Element, m: Match) =>
  (!m.tag || el.name === m.tag) &&
  (!m.id || el.attribs.id === m.id) &&
  (!m.class || (el.attribs.class ?? '').split(/\s+/).includes(m.class)) &&
  Object.entries(m.attrs ?? {}).every(([k, v]) => el.attribs[k] === v)

export const parseHtml = (html: string): Node => parseDocument(html, { decodeEntities: true })

/** Every element under `root` that matches (document order). */
export const all = (root: Node | Element, m: Match): Element[] => DomUtils.findAll((el) => matches(el, m), [root])
/** The first element under `root` that matches, or undefined. */
export const first = (root: Node | Element, m: Match): Element | undefined => all(root, m)[0]
/** Elements matching `inner` inside elements matching `outer`. */
export const within = (root: Node | Element, outer: Match, inner: Match): Element[] =>
  all(root, outer).flatMap((el) => all(el, inner).filter((i) => i !== el))

export const text = (el: Element | undefined) => (el ? DomUtils.textContent(el) : undefined)
export const attr = (el: Element | undefined, name: string) => el?.attribs[name]
export const next = (el: Element | undefined) => (el ? (DomUtils.nextElementSibling(el) ?? undefined) : undefined)
