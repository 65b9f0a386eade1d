import { pageHeaders, staticPageConfig } from '../../bench/lib/static-page'

describe('the static yardstick of the edge benchmark', () => {
  const response = new Headers({
    'cache-control': 'public, s-maxage=3600',
    'content-security-policy': "default-src 'self'",
    'content-type': 'text/html; charset=utf-8',
    'content-length': '10',
    date: 'Thu, 26 Nov 2026 01:00:00 GMT',
    etag: '"abc"',
    connection: 'keep-alive',
    'keep-alive': 'timeout=5',
    'x-cache-status': 'HIT',
    'surrogate-key': 'entry:a entries',
  })

  it("repeats the page's headers, not those nginx writes for a file or those of one connection", () => {
    expect(pageHeaders(response).map(([name]) => name)).toEqual([
      'cache-control',
      'content-security-policy',
      'surrogate-key',
    ])
  })

  it('writes a server block with the file, its type and the headers quoted for nginx', () => {
    const conf = staticPageConfig({
      port: 8081,
      root: '/tmp/www',
      file: 'page',
      contentType: 'text/html; charset=utf-8',
      headers: [['x-quote', 'say "hi" \\ bye']],
    })
    expect(conf).toContain('listen 127.0.0.1:8081;')
    expect(conf).toContain('default_type "text/html; charset=utf-8";')
    expect(conf).toContain('add_header x-quote "say \\"hi\\" \\\\ bye";')
    expect(conf).toContain('try_files /page =404;')
  })

  it('refuses a value nginx would read as a variable', () => {
    expect(() =>
      staticPageConfig({ port: 1, root: '/r', file: 'f', contentType: 'text/html', headers: [['x', 'costs $5']] }),
    ).toThrow(/"\$"/)
  })
})
