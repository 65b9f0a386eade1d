/** Draft-mode redirects go only to paths on this site, whatever the encoding or normalisation trick. */
import { safeRedirectPath } from '@/lib/draft-mode'
import { OFF_SITE_REDIRECTS } from '../support/hostile-requests'

describe('safeRedirectPath', () => {
  it.each(OFF_SITE_REDIRECTS)('keeps %j on the site', (value) => {
    const path = safeRedirectPath(value)
    expect(path.startsWith('/')).toBe(true)
    expect(path.startsWith('//') || path.startsWith('/\\')).toBe(false)
    expect(new URL(path, 'https://site.example').origin).toBe('https://site.example')
  })

  it.each([
    ['/diseases/calciphylaxis', '/diseases/calciphylaxis'],
    ['/search?q=kidney', '/search?q=kidney'],
    ['/a/./b/../c', '/a/c'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'], // stays an encoded path segment on this site
  ])('keeps the same-site path %j as %j', (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected)
  })

  it('falls back to the home page for what it cannot use', () => {
    expect(safeRedirectPath('/..//evil.example')).toBe('/')
    expect(safeRedirectPath(null)).toBe('/')
    expect(safeRedirectPath('https://evil.example/', '/diseases')).toBe('/diseases')
  })
})
