import { securityHeaders } from '../../lib/security-headers'

const SITE = '/:path((?!embed/|media/|studio(?:/|$)).*)'

type Rules = ReturnType<typeof securityHeaders>

/** The rule for `source`; a missing rule fails the test here rather than reading as "header absent". */
const rule = (rules: Rules, source: string) => {
  const found = rules.find((r) => r.source === source)
  if (!found) throw new Error(`no header rule for ${source}`)
  return found
}

const find = (rules: Rules, source: string, key: string) =>
  rule(rules, source).headers.find((h) => h.key === key)?.value

describe('security headers', () => {
  it('give pages a strict policy with each exception named', () => {
    const rules = securityHeaders({ NODE_ENV: 'production' })
    const site = find(rules, SITE, 'Content-Security-Policy') ?? ''
    expect(site).toContain("default-src 'self'")
    expect(site).toContain("object-src 'none'")
    expect(site).toContain("frame-ancestors 'self'")
    expect(site).not.toContain('unsafe-eval')
    expect(find(rules, '/embed/:path*', 'Content-Security-Policy')).toMatch(/frame-ancestors \*/)
    expect(find(rules, '/embed/:path*', 'X-Frame-Options')).toBeUndefined()
    expect(find(rules, '/media/:path*', 'Content-Security-Policy')).toMatch(/sandbox/)
    expect(find(rules, '/embed/:path*', 'Strict-Transport-Security')).toBeUndefined()
  })

  it('send HSTS only when asked, and let the configured Studio frame the site', () => {
    const rules = securityHeaders({
      NODE_ENV: 'production',
      HSTS: '1',
      SANITY_STUDIO_PREVIEW_ORIGIN: 'https://studio.example/',
    })
    expect(find(rules, '/embed/:path*', 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains')
    expect(find(rules, SITE, 'Content-Security-Policy')).toContain("frame-ancestors 'self' https://studio.example")
  })

  it('apply the site policy to every path outside the embed, media and Studio sections', () => {
    // The rule next.config.ts gets: a path-to-regexp source whose named group is the regex after "/:path".
    const source = securityHeaders({ NODE_ENV: 'production' })[0].source
    expect(source.startsWith('/:path(') && source.endsWith(')')).toBe(true)
    const pattern = new RegExp(`^/${source.slice('/:path('.length, -1)}$`)
    for (const path of ['/', '/diseases/x', '/studiox', '/studio-evil', '/embedded', '/mediax/y', '/api/v1/entries'])
      expect([path, pattern.test(path)]).toEqual([path, true])
    for (const path of ['/embed/x', '/media/x.svg', '/studio', '/studio/desk'])
      expect([path, pattern.test(path)]).toEqual([path, false])
  })
})
