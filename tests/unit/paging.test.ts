/** Paged lists: the page numbers addresses may carry, and the numbers a pager shows. */
import { MAX_PAGES, pageCountOf, pageNumberOf, pageOf, pagerNumbers } from '../../components/lists/paging'
import { letterKey, letterOfKey } from '../../components/lists/az'

describe('page numbers in addresses', () => {
  it('reads page 1 from no segment and later pages from their plain numbers', () => {
    expect([pageNumberOf(undefined), pageNumberOf([]), pageNumberOf(['2']), pageNumberOf([String(MAX_PAGES)])]).toEqual(
      [1, 1, 2, MAX_PAGES],
    )
  })

  it.each([['1'], ['0'], ['02'], ['1e3'], ['2.0'], [' 2'], ['-2'], [String(MAX_PAGES + 1)], ['99999']])(
    'refuses %p',
    (segment) => {
      expect(pageNumberOf([segment])).toBeNull()
    },
  )

  it('refuses more than one segment', () => {
    expect(pageNumberOf(['2', '3'])).toBeNull()
  })
})

describe('pages of a list', () => {
  it('counts pages (an empty list has its first) and cuts them', () => {
    expect([0, 1, 100, 101, 950].map((n) => pageCountOf(n, 100))).toEqual([1, 1, 1, 2, 10])
    const items = Array.from({ length: 250 }, (_, i) => i)
    expect(pageOf(items, 3, 100)).toEqual(items.slice(200))
  })

  it('shows the first, the last and the pages near the current one', () => {
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3])
    expect(pagerNumbers(10, 1000, 2)).toEqual([1, null, 8, 9, 10, 11, 12, null, 1000])
    expect(pagerNumbers(1, 20, 2)).toEqual([1, 2, 3, null, 20])
  })
})

describe('letters in addresses', () => {
  it('writes a letter as plain ASCII and reads it back only in a language that has it', () => {
    expect(['A', 'Ñ', '#'].map(letterKey)).toEqual(['a', 'n-209', 'other'])
    expect([letterOfKey('n-209', 'es'), letterOfKey('n-209', 'en'), letterOfKey('A', 'en')]).toEqual([
      'Ñ',
      undefined,
      undefined,
    ])
  })
})
