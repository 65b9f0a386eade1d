import { securityHeaders } from '../../lib/security-headers'

const find = (rules: ReturnType<typeof securityHeaders>, source: string, key: string) =>
  rules.find((r) => r.source === source)?.headers.find((h) => h.key === key)?.value

describe('security headers', () => {
  it('give pages a strict policy with each exception named', () => {
    const rules = securityHeaders({ NODE_ENV: 'production' })
    const site = find(rules, '/:path((?!embed/|media/|studio).*)', 'Content-Security-Policy') ?? ''
    expect(site).toContain("default-src 'self'")
    expect(site).toContain("object-src 'none'")
    expect(site).toContain("frame-ancestors 'self'")
    expect(site).not.toContain('unsafe-eval')
    expect(find(rules, '/embed/:path*', 'Content-Security-Policy')).toBeUndefined()
    expect(find(rules, '/embed/:path*', 'Strict-Transport-Security')).toBeUndefined()
  })

  it('send HSTS only when asked, and let the configured Studio frame the site', () => {
    const rules = securityHeaders({ NODE_ENV: 'production', HSTS: '1', SANITY_STUDIO_PREVIEW_ORIGIN: 'https://studio.example/' })
    expect(find(rules, '/embed/:path*', 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains')
    expect(find(rules, '/:path((?!embed/|media/|studio).*)', 'Content-Security-Policy')).toContain("frame-ancestors 'self' https://studio.example")
  })
})
