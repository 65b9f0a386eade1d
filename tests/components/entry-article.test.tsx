/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react'
import { EntryArticle } from '@/components/entry/EntryArticle'
import { RichText } from '@/components/entry/RichText'
import type { Entry } from '@/lib/content/models'
import { SECTIONS } from '@/lib/domain/sections'
import { localApi } from '../support/content'

let calciphylaxis: Entry

beforeAll(async () => {
  const entry = await localApi().api.getEntry('calciphylaxis')
  if (!entry) throw new Error('calciphylaxis missing from the bundled dataset')
  calciphylaxis = entry
})

describe('EntryArticle', () => {
  it('shows the title, other names, summary, codes and characteristic features', () => {
    render(<EntryArticle entry={calciphylaxis} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Calciphylaxis' })).toBeInTheDocument()
    expect(screen.getByText(/Also known as/).closest('p')).toHaveTextContent('Calcific uraemic arteriolopathy')
    expect(screen.getByText(calciphylaxis.summary)).toBeInTheDocument()
    const codes = screen.getByRole('list', { name: 'Medical codes' })
    expect(within(codes).getByText('ICD-10-CM')).toBeInTheDocument()
    expect(within(codes).getByRole('link', { name: 'E83.59' })).toBeInTheDocument()
    const features = screen.getByRole('region', { name: /characterised by/ })
    expect(within(features).getAllByRole('listitem').length).toBe(calciphylaxis.features.length)
  })

  it('puts the sections in reader order and lists them in the table of contents', () => {
    const { container } = render(<EntryArticle entry={calciphylaxis} />)
    const sectionIds = [...container.querySelectorAll('article h2[id]')]
      .map((h) => h.id)
      .filter((id) => SECTIONS.some((s) => s.key === id))
    const expected = SECTIONS.map((s) => s.key).filter((k) => sectionIds.includes(k))
    expect(sectionIds).toEqual(expected)
    expect(sectionIds.length).toBeGreaterThanOrEqual(5)
    const toc = screen.getByRole('navigation', { name: 'On this page' })
    for (const id of sectionIds)
      expect(within(toc).getByRole('link', { name: SECTIONS.find((s) => s.key === id)?.title })).toHaveAttribute(
        'href',
        `#${id}`,
      )
  })

  it('leaves out sections that have no text', () => {
    const sparse: Entry = { ...calciphylaxis, sections: { ...calciphylaxis.sections, genetics: [], screening: [] } }
    const { container } = render(<EntryArticle entry={sparse} />)
    expect(container.querySelector('h2#genetics')).toBeNull()
    expect(container.querySelector('h2#screening')).toBeNull()
    expect(screen.queryByRole('link', { name: 'Genetics' })).toBeNull()
  })

  it('numbers citations in the text and links each to its reference', () => {
    const { container } = render(<EntryArticle entry={calciphylaxis} />)
    const marks = [...container.querySelectorAll('sup.cite a')]
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) {
      const target = mark.getAttribute('href')?.slice(1) ?? ''
      expect(container.querySelector(`li#${target}`)).not.toBeNull()
    }
    const refs = screen.getByRole('region', { name: 'References' })
    expect(within(refs).getAllByRole('listitem')).toHaveLength(calciphylaxis.references.length)
  })

  it('links associated conditions both ways', () => {
    render(<EntryArticle entry={calciphylaxis} />)
    const related = screen.getByRole('region', { name: 'Related conditions' })
    expect(within(related).getByRole('heading', { name: 'Associated conditions' })).toBeInTheDocument()
    const lists = [...related.querySelectorAll('ul.link-list')] as HTMLElement[]
    for (const a of calciphylaxis.associatedConditions)
      expect(within(lists[0]).getByRole('link', { name: a.condition.title })).toHaveAttribute(
        'href',
        `/diseases/${a.condition.slug}`,
      )
    const withBacklink: Entry = {
      ...calciphylaxis,
      mentionedBy: [
        {
          _id: 'disease-x',
          title: 'Example mention',
          slug: 'example-mention',
          relationships: ['riskFactor'],
          lang: 'en',
          asDifferential: false,
        },
      ],
    }
    const { container } = render(<EntryArticle entry={withBacklink} />)
    const link = within(container.querySelector('#mentioned-by + ul') as HTMLElement).getByRole('link', {
      name: 'Example mention',
    })
    expect(link.closest('li')).toHaveTextContent('Raises the risk of')
  })

  it('ends with the review dates, reviewer and a medical disclaimer', () => {
    render(<EntryArticle entry={calciphylaxis} />)
    expect(screen.getByRole('note')).toHaveTextContent(/not medical advice/)
    expect(screen.getByText(/Last reviewed/)).toHaveTextContent(calciphylaxis.reviewer?.name ?? '')
  })
})

describe('RichText', () => {
  it('renders unsafe link targets as plain text', () => {
    const value = [
      {
        _type: 'block' as const,
        _key: 'b1',
        style: 'normal' as const,
        listItem: undefined,
        level: undefined,
        markDefs: [{ _type: 'link' as const, _key: 'l1', href: 'javascript:alert(1)' }],
        children: [{ _type: 'span' as const, text: 'click me', marks: ['l1'] }],
      },
    ]
    render(<RichText value={value} citationNumbers={new Map()} />)
    expect(screen.getByText('click me').closest('a')).toBeNull()
  })
})
