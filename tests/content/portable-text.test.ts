/**
 * Section text with things the schema does not allow (a mark name carrying markup, unknown styles, lists,
 * block types, inline objects and annotation types): the content boundary keeps the text, drops the rest
 * with one log line each, and both renderers, the HTML string of embeds and the API and the entry page's
 * React, output only the elements and attributes they mean to, even when handed raw blocks.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { DomUtils, parseDocument } from 'htmlparser2'
import { RichText } from '@/components/entry/RichText'
import type { Entry, PortableTextBody } from '@/lib/content/models'
import { citationNumbers } from '@/lib/content/outline'
import {
  ANNOTATION_TYPE_NAMES,
  BLOCK_STYLE_VALUES,
  DECORATOR_VALUES,
  LIST_TYPE_VALUES,
} from '@/lib/domain/portable-text'
import { portableTextToHtml } from '@/lib/embed/portable-text-html'
import { sectionBody } from '@/sanity/schemaTypes/objects/sectionBody'
import { captureWarnings, localApi } from '../support/content'

const MARKUP_MARK = 'strong <script>alert("h1")</script><img src=x onerror=alert("h2")>'
const QUOTE_MARK = 'em" onmouseover="alert(3)" data-x=">'
const ORIGIN = 'https://encyclopedia.example'

const span = (key: string, text: string, marks: string[] = []) => ({ _type: 'span', _key: key, text, marks })
const block = (key: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
})

/** One block per problem, each with text that must survive, and a few allowed things beside them. */
const hostileOverview = [
  block(
    'b1',
    [
      span('s1', 'Text under a made-up mark.', [MARKUP_MARK]),
      span('s2', 'Text under a quoted mark.', [QUOTE_MARK]),
      span('s3', 'Text under a real link.', ['l1', 'strong']),
    ],
    {
      markDefs: [{ _type: 'link', _key: 'l1', href: 'https://example.org/' }],
    },
  ),
  block('b2', [span('s4', 'Text in an unknown style.')], { style: 'blockquote"><script>alert(4)</script>' }),
  block('b3', [span('s5', 'Text in an unknown list.')], {
    listItem: 'checkbox"><img src=x onerror=alert(5)>',
    level: 1,
  }),
  {
    _type: 'evil"><script>alert(6)</script>',
    _key: 'b4',
    html: '<script>alert(7)</script>',
    children: [span('s6', 'Text of an unknown block type.')],
  },
  block('b5', [
    span('s7', 'Text beside an inline object.'),
    { _type: 'image"><script>alert(8)</script>', _key: 'i1', src: 'javascript:alert(9)' },
  ]),
  block('b6', [span('s8', 'Text under an unknown annotation.', ['m1'])], {
    style: 'h3',
    markDefs: [{ _type: 'script', _key: 'm1', code: 'alert(10)' }],
  }),
  block('b7', [span('s9', 'A numbered item, cited.', ['c1'])], {
    listItem: 'number',
    level: 1,
    markDefs: [{ _type: 'cite', _key: 'c1', reference: 'r1' }],
  }),
  block('b8', [span('s10', 'A minor heading,', []), span('s11', 'emphasised.', ['em'])], { style: 'h4' }),
]

/** What each problem is logged as: the path, and what the reason must say. */
const EXPECTED_WARNINGS: [path: string, reason: RegExp][] = [
  ['overview[0].children[0].marks', /mark "strong <script>alert\("h1"\)<\/script><img …" is neither a text style/],
  ['overview[0].children[1].marks', /mark "em" onmouseover="alert\(3\)" data-x=">" is neither a text style/],
  ['overview[1].style', /style "blockquote.*shown as a paragraph/],
  ['overview[2].listItem', /list type "checkbox.*not shown as a list; field left out/],
  ['overview[3]._type', /"evil.*is not a kind of block the schema allows.*item left out/],
  ['overview[4].children[1]._type', /"image.*is not text.*item left out/],
  ['overview[5].markDefs[0]._type', /annotation type "script" is not one the schema allows.*item left out/],
]

function writeDataset(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portable-text-'))
  const file = path.join(dir, 'dataset.ndjson')
  const documents = [
    {
      _id: 'disease-pt',
      _type: 'disease',
      title: 'Portable Text test',
      slug: { _type: 'slug', current: 'portable-text-test' },
      summary: 'A made-up condition whose text uses marks, styles and objects that the schema does not define.',
      references: [{ _type: 'citation', _key: 'r1', title: 'A test reference', publisher: 'Test Press', year: 2024 }],
      overview: hostileOverview,
    },
    {
      _id: 'disease-linking',
      _type: 'disease',
      title: 'Linking entry',
      slug: { _type: 'slug', current: 'linking-entry' },
      summary: 'A made-up condition whose text links to an entry that is itself left out for being invalid.',
      overview: [
        block('k1', [span('k1s', 'Linked to a broken entry', ['e1', 'strong'])], {
          markDefs: [{ _type: 'entryLink', _key: 'e1', entry: { _type: 'reference', _ref: 'disease-broken' } }],
        }),
      ],
    },
    {
      _id: 'disease-broken',
      _type: 'disease',
      title: 'Broken entry',
      slug: { _type: 'slug', current: 'broken-entry' },
    },
  ]
  fs.writeFileSync(file, documents.map((d) => JSON.stringify(d)).join('\n') + '\n')
  return file
}

const ALLOWED_ELEMENTS = new Set(['p', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'sup'])
const ALLOWED_ATTRIBUTES = new Set(['href', 'target', 'rel', 'aria-label', 'id'])

/** Every element and attribute the HTML contains that is not one a renderer means to write. */
function unexpectedMarkup(html: string): string[] {
  const document = parseDocument(html)
  const problems: string[] = []
  for (const element of DomUtils.findAll(() => true, document.children)) {
    if (!ALLOWED_ELEMENTS.has(element.name)) problems.push(`<${element.name}>`)
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name === 'class' ? value !== 'cite' : !ALLOWED_ATTRIBUTES.has(name))
        problems.push(`<${element.name} ${name}="${value}">`)
    }
  }
  if (/onerror|onmouseover|<script/i.test(html)) problems.push('an event handler or a script in the text of the HTML')
  return problems
}

const textOf = (html: string) => DomUtils.textContent(parseDocument(html))
const richText = (value: PortableTextBody, numbers = new Map<string, number>()) =>
  renderToStaticMarkup(createElement(RichText, { value, citationNumbers: numbers }))
const html = (value: PortableTextBody, numbers = new Map<string, number>()) =>
  portableTextToHtml(value, {
    origin: ORIGIN,
    entrySlug: 'portable-text-test',
    citationNumbers: numbers,
    newWindow: true,
  })

const { api } = localApi(writeDataset())

describe('section text through the content boundary', () => {
  let entry: Entry
  let warnings: string[]

  beforeAll(async () => {
    const read = await captureWarnings(() => api.getEntry('portable-text-test'))
    if (!read.result) throw new Error('the test entry was left out')
    entry = read.result
    warnings = read.warnings
  })

  it('keeps the text and drops the marks, styles, lists, blocks, objects and annotations the schema does not allow', () => {
    const overview = entry.sections.overview
    expect(overview.map((b) => b.children.map((c) => c.text))).toEqual([
      ['Text under a made-up mark.', 'Text under a quoted mark.', 'Text under a real link.'],
      ['Text in an unknown style.'],
      ['Text in an unknown list.'],
      ['Text beside an inline object.'],
      ['Text under an unknown annotation.'],
      ['A numbered item, cited.'],
      ['A minor heading,', 'emphasised.'],
    ])
    expect(overview[0].children.map((c) => c.marks)).toEqual([[], [], ['l1', 'strong']])
    expect(overview[1].style).toBe('normal')
    expect(overview[2].listItem).toBeUndefined()
    expect(overview[3].children.map((c) => c._type)).toEqual(['span'])
    expect(overview[4].markDefs).toEqual([])
    expect(overview[4].children[0].marks).toEqual([])
    expect(overview.slice(5).map((b) => [b.style, b.listItem, b.markDefs.map((d) => d._type)])).toEqual([
      ['normal', 'number', ['cite']],
      ['h4', undefined, []],
    ])
  })

  it('logs one line per problem, with the document id, the path and a reason that names what was dropped', () => {
    expect(warnings).toHaveLength(EXPECTED_WARNINGS.length)
    for (const [where, reason] of EXPECTED_WARNINGS) {
      const lines = warnings.filter((line) => line.includes(`document=disease-pt path=${where} `))
      expect(lines).toHaveLength(1)
      // The log quotes a reason that has spaces, escaping its quotes: compare with them unescaped.
      expect(lines[0].replace(/\\"/g, '"')).toMatch(reason)
    }
  })

  it('renders what is left, in the embed and API HTML and on the entry page, with only the markup the renderers write', () => {
    const numbers = citationNumbers(entry)
    for (const out of [html(entry.sections.overview, numbers), richText(entry.sections.overview, numbers)]) {
      expect(unexpectedMarkup(out)).toEqual([])
      for (const b of entry.sections.overview) for (const c of b.children) expect(textOf(out)).toContain(c.text)
      const document = parseDocument(out)
      expect(DomUtils.findAll((e) => e.name === 'ol', document.children)).toHaveLength(1)
      expect(DomUtils.findAll((e) => e.name === 'sup' && e.attribs.class === 'cite', document.children)).toHaveLength(1)
      expect(DomUtils.findAll((e) => e.name === 'h4', document.children)).toHaveLength(1)
    }
  })
})

describe('a link to an entry that is left out', () => {
  it('goes with its mark, and the text stays', async () => {
    const { result: entry, warnings } = await captureWarnings(() => api.getEntry('linking-entry'))
    expect(entry?.sections.overview[0].markDefs).toEqual([])
    expect(entry?.sections.overview[0].children.map((c) => [c.text, c.marks])).toEqual([
      ['Linked to a broken entry', ['strong']],
    ])
    expect(warnings.join('\n')).toMatch(/document=disease-linking path=overview\.markDefs reason=".*broken-entry/)
  })
})

describe('the renderers alone, given raw blocks (defence in depth)', () => {
  /** Blocks that use each name as a mark, an annotation type, a block style, a list type, a block type and an inline object type; and their text. */
  function rawBlocksNaming(names: string[], label: string) {
    const texts: string[] = []
    const textSpan = (key: string, text: string, marks: string[] = []) => {
      texts.push(text)
      return span(key, text, marks)
    }
    const blocks = [
      block(
        `${label}-marks`,
        [textSpan(`${label}-t`, `Raw text under ${label} marks.`, [...names, ...names.map((_, i) => `def${i}`)])],
        {
          markDefs: names.map((name, i) => ({ _type: name, _key: `def${i}`, href: 'javascript:alert(11)' })),
        },
      ),
      ...names.map((style, i) =>
        block(`${label}-s${i}`, [textSpan(`${label}-st${i}`, `Raw text in ${label} style ${i}.`)], { style }),
      ),
      ...names.map((listItem, i) =>
        block(`${label}-l${i}`, [textSpan(`${label}-lt${i}`, `Raw text in ${label} list ${i}.`)], {
          listItem,
          level: 1,
        }),
      ),
      ...names.map((type, i) => ({ _type: type, _key: `${label}-o${i}`, html: '<img src=x onerror=alert(12)>' })),
      block(`${label}-inline`, [
        textSpan(`${label}-it`, `Raw text beside ${label} inline objects.`),
        ...names.map((type, i) => ({ _type: type, _key: `${label}-io${i}` })),
      ]),
    ]
    return { blocks, texts }
  }

  const cases = {
    // What a library default would turn into a class or an element of its own.
    'names carrying markup, and names the libraries have defaults for': rawBlocksNaming(
      [
        MARKUP_MARK,
        QUOTE_MARK,
        'evil"><script>alert(13)</script>',
        'code',
        'underline',
        'strike-through',
        'link',
        'blockquote',
        'h1',
        'h6',
        'square',
      ],
      'markup',
    ),
    // What a plain `table[name]` lookup finds on every object: without the renderers' own tables these throw.
    'names every object inherits': rawBlocksNaming(
      ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'],
      'inherited',
    ),
  }
  const renderers = { 'the embed and API HTML': html, 'the entry page': richText }

  describe.each(Object.entries(renderers))('%s', (_, render) => {
    it.each(Object.entries(cases))('shows %s as their text only', (_, { blocks, texts }) => {
      // Deliberately not PortableTextBody: these blocks skip the content boundary, as a bug there would let them.
      const out = render(blocks as unknown as PortableTextBody)
      expect(unexpectedMarkup(out)).toEqual([])
      for (const text of texts) expect(textOf(out)).toContain(text)
      expect(out).not.toContain('[object')
    })
  })
})

describe('one vocabulary for the Studio, the content boundary and the renderers', () => {
  it('the Studio offers exactly the styles, lists, text styles and annotations of lib/domain/portable-text.ts', () => {
    const [textBlock] = sectionBody.of as unknown as [
      {
        styles: { value: string }[]
        lists: { value: string }[]
        marks: { decorators: { value: string }[]; annotations: { name: string }[] }
      },
    ]
    expect(textBlock.styles.map((s) => s.value)).toEqual(BLOCK_STYLE_VALUES)
    expect(textBlock.lists.map((l) => l.value)).toEqual(LIST_TYPE_VALUES)
    expect(textBlock.marks.decorators.map((d) => d.value)).toEqual(DECORATOR_VALUES)
    expect(textBlock.marks.annotations.map((a) => a.name)).toEqual(ANNOTATION_TYPE_NAMES)
  })
})
