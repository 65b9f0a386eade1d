/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react'
import { DomUtils, parseDocument } from 'htmlparser2'
import { EntryArticle } from '@/components/entry/EntryArticle'
import { apiEntry } from '@/lib/api/shapes'
import { HELP_LEVELS } from '@/lib/domain/help'
import type { Entry } from '@/lib/content/models'
import { renderEmbed } from '@/lib/embed/render'
import { localApi } from '../support/content'

const ORIGIN = 'https://encyclopedia.example'
let calciphylaxis: Entry
let all: Entry[]

beforeAll(async () => {
  const { api } = localApi()
  const index = await api.getEntryIndex()
  all = (await Promise.all(index.map((e) => api.getEntry(e.slug)))).filter((e): e is Entry => e !== null)
  calciphylaxis = all.find((e) => e.slug === 'calciphylaxis') as Entry
})

const situations = (entry: Entry) => HELP_LEVELS.flatMap((l) => entry.whenToGetHelp?.[l.key] ?? [])

describe('when to get help', () => {
  it('is given by every bundled entry: at least one situation to see a doctor soon and one to get help today', () => {
    expect(all.length).toBeGreaterThanOrEqual(27)
    for (const entry of all)
      expect([
        entry.slug,
        Math.min(entry.whenToGetHelp?.routine.length ?? 0, entry.whenToGetHelp?.urgent.length ?? 0) > 0,
      ]).toEqual([entry.slug, true])
  })

  it('shows on the entry page right after the header, most urgent first, each level named in words, and in the table of contents', () => {
    const { container } = render(<EntryArticle entry={calciphylaxis} />)
    const section = screen.getByRole('region', { name: 'When to get help' })
    const levels = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(levels).toEqual([
      'Emergency: Call an emergency number now',
      'Urgent: Get medical help today',
      'Soon: See a doctor soon',
    ])
    expect(section).toHaveTextContent('999 in the UK, 911 in the US and Canada, 112 across Europe')
    for (const situation of situations(calciphylaxis)) expect(within(section).getByText(situation).tagName).toBe('LI')
    // After the header (title, summary, facts, features), before the first section of text.
    const headings = [...container.querySelectorAll('article h2')].map((h) => h.id)
    expect(headings.slice(0, 3)).toEqual(['features-heading', 'help', 'overview'])
    const toc = screen.getByRole('navigation', { name: 'On this page' })
    expect(within(toc).getAllByRole('link')[0]).toHaveAttribute('href', '#help')
  })

  it('leaves out a level without situations, and the whole part for an entry without advice', () => {
    const noEmergency = {
      ...calciphylaxis,
      whenToGetHelp: { ...(calciphylaxis.whenToGetHelp as NonNullable<Entry['whenToGetHelp']>), emergency: [] },
    }
    render(<EntryArticle entry={noEmergency} />)
    expect(
      within(screen.getByRole('region', { name: 'When to get help' })).getAllByRole('heading', { level: 3 }),
    ).toHaveLength(2)
    const { container } = render(<EntryArticle entry={{ ...calciphylaxis, whenToGetHelp: undefined }} />)
    expect(container.querySelector('#help')).toBeNull()
  })

  it('is in every embed, whatever sections were chosen', () => {
    for (const sections of [[], ['symptoms' as const]]) {
      const doc = parseDocument(renderEmbed(calciphylaxis, sections, ORIGIN))
      const help = DomUtils.findOne((el) => el.attribs.class === 'help', doc.children)
      expect(help).not.toBeNull()
      const text = DomUtils.textContent(help ?? doc)
      for (const situation of situations(calciphylaxis)) expect(text).toContain(situation)
    }
  })

  it('is in the API, most urgent first, with the words around the situations', () => {
    const help = apiEntry(calciphylaxis, ORIGIN, []).whenToGetHelp
    expect(help.map((l) => l.level)).toEqual(['emergency', 'urgent', 'routine'])
    expect(help[0]).toEqual({
      level: 'emergency',
      title: 'Call an emergency number now',
      action: expect.stringContaining('112'),
      situations: calciphylaxis.whenToGetHelp?.emergency,
    })
  })
})
