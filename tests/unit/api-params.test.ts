/**
 * Query parameters: integers are decimal digits, dates are dates that exist, and every refusal says what the
 * parameter must be in the same words, never the validator's own.
 */
import { entriesListParams, lookupParams, oembedParams, parseParams } from '@/lib/api/params'
import { isCalendarDateTime } from '@/lib/domain/dates'

const list = (query: string) =>
  parseParams(entriesListParams, new URLSearchParams(query), ['page', 'pageSize', 'updatedSince'])

describe('API parameters', () => {
  it.each([
    ['page=1e3', 'page', 'must be a whole number written in digits, such as 2'],
    ['page=0x10', 'page', 'must be a whole number written in digits, such as 2'],
    ['page=2.0', 'page', 'must be a whole number written in digits, such as 2'],
    ['page=-1', 'page', 'must be a whole number written in digits, such as 2'],
    ['page=', 'page', 'must be a whole number written in digits, such as 2'],
    ['page=0', 'page', 'must be 1 or more'],
    ['pageSize=201', 'pageSize', 'must be 200 or less'],
    ['page=1&page=2', 'page', 'must be given once, not several times'],
    ['colour=blue', 'colour', 'is not a parameter of this address; use page, pageSize, updatedSince'],
    [
      'updatedSince=2026-02-30',
      'updatedSince',
      'must be a date that exists (month 1 to 12, a day that month has, a time up to 23:59:59)',
    ],
    [
      'updatedSince=2026-13-45',
      'updatedSince',
      'must be a date that exists (month 1 to 12, a day that month has, a time up to 23:59:59)',
    ],
    [
      'updatedSince=2026-01-31T24:00Z',
      'updatedSince',
      'must be a date that exists (month 1 to 12, a day that month has, a time up to 23:59:59)',
    ],
    [
      'updatedSince=yesterday',
      'updatedSince',
      'must be a date such as 2026-01-31, or a date and time such as 2026-01-31T12:00:00Z',
    ],
  ])('refuses %s: %s %s', (query, parameter, reason) => {
    expect(list(query)).toEqual({ ok: false, parameter, reason })
  })

  it('accepts decimal numbers and real dates, leap days included', () => {
    expect(list('page=3&pageSize=20&updatedSince=2024-02-29')).toEqual({
      ok: true,
      value: { lang: 'en', page: 3, pageSize: 20, updatedSince: '2024-02-29' },
    })
    expect(list('')).toEqual({ ok: true, value: { lang: 'en', page: 1, pageSize: 50 } })
    expect(isCalendarDateTime('2026-01-31T12:00:00.5+05:30')).toBe(true)
    expect(isCalendarDateTime('2025-02-29')).toBe(false)
    expect(isCalendarDateTime('0001-01-01')).toBe(true)
    expect(isCalendarDateTime('0099-02-29')).toBe(false)
  })

  it('names a missing or wrong parameter in its own words', () => {
    const missing = parseParams(lookupParams, new URLSearchParams('system=icd10cm'), ['system', 'code'])
    expect(missing).toEqual({ ok: false, parameter: 'code', reason: 'is required' })
    const system = parseParams(lookupParams, new URLSearchParams('system=icd9&code=1'), ['system', 'code'])
    expect(system.ok === false && system.reason).toMatch(/^must be one of icd10cm, /)
    const url = parseParams(oembedParams, new URLSearchParams('format=json'), ['url', 'format'])
    expect(url).toEqual({ ok: false, parameter: 'url', reason: 'is required' })
    for (const result of [missing, system, url, list('page=x')])
      expect(JSON.stringify(result)).not.toMatch(/Invalid input|expected|received/)
  })
})
