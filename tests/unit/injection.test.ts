/**
 * The injection detector (tests/support/injection.ts) on outputs known to be bad and known to be good: the
 * end-to-end test of every output can only pass honestly if the detector finds what it is meant to find.
 */
import { escapeHTML } from '@portabletext/to-html'
import { REVIEWED_MARK, payload, tightPayload } from '../fixtures/hostile'
import {
  findInHtml,
  findInJson,
  findInPlainText,
  findInXml,
  formatFinding,
  htmlText,
  jsonLdOf,
  markerIn,
  outputKind,
  unsafeUrlReason,
  xmlStrings,
  type Finding,
} from '../support/injection'

const ORIGIN = 'https://encyclopedia.example'
const options = { url: '/test', origins: [ORIGIN] }
const html = (body: string) =>
  findInHtml(`<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`, options)
const kinds = (findings: Finding[]) => [...new Set(findings.map((f) => f.kind))].sort()
const markers = (findings: Finding[]) => [...new Set(findings.map((f) => f.marker))].sort()
/** HTML escaping as React and to-html do it: &, <, >, " and '. */
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;')

describe('HTML: what content must never become', () => {
  it('finds the span the security review found in embeds and the API, unescaped', () => {
    const found = html(`<p><span class="unknown__pt__mark__${REVIEWED_MARK}">text</span></p>`)
    expect(kinds(found)).toEqual(expect.arrayContaining(['broken-out attribute', 'event-handler attribute']))
    expect(found.every((f) => f.where.startsWith('html > body > main > p > span'))).toBe(true)
    expect(markers(found)).toContain('alert(h1)')
  })

  it('finds the same span escaped as a class that content chose', () => {
    const found = html(`<p><span class="unknown__pt__mark__${esc(REVIEWED_MARK)}">text</span></p>`)
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'content in a template attribute',
        where: 'html > body > main > p > span.unknown__pt__mark__strong',
      }),
    ])
    expect(found[0].marker).toBe('alert(h1)')
  })

  it('finds an attribute broken out of its quotes, with either quote', () => {
    for (const [quote, breakOut] of [
      ['"', `x" onmouseover="alert('m1')`],
      ["'", `x' onfocus='alert("m2")`],
      ['"', `x"'><svg/data-injected="m3"/onload=alert(1)>`],
    ]) {
      const found = html(`<a href="/diseases/x" title=${quote}${breakOut}${quote}>link</a>`)
      expect([breakOut, kinds(found)]).toEqual([breakOut, expect.arrayContaining(['event-handler attribute'])])
    }
    expect(markers(html(`<a title="x"'><svg/data-injected="m3"/onload=alert(1)>">link</a>`))).toContain('m3')
    expect(kinds(html(`<a title="x" "'>="">link</a>`))).toContain('broken-out attribute')
  })

  it('finds live payload elements and names their marker', () => {
    const found = html(payload('xss.title'))
    expect(kinds(found)).toEqual(
      expect.arrayContaining([
        'payload element',
        'event-handler attribute',
        'element not in the template',
        'script runs content',
        'comment opened by content',
      ]),
    )
    expect(markers(found)).toEqual(expect.arrayContaining(['xss.title', 'alert(xss.title)']))
    expect(markers(html(tightPayload('cycle.mark')))).toEqual(['cycle.mark'])
  })

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' \tjavascript:alert(1)'],
    ['java&#x09;script:alert(1)'],
    ['java&#9;script:alert(1)'],
    ['jav&#x0A;ascript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['&#x6A;avascript&colon;alert(1)'],
    ['javascript&colon;alert(1)'],
    ['&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['\u0001javascript:alert(1)'],
  ])('finds the link %j', (href) => {
    const found = html(`<a href="${href}">x</a><a href='${href}'>y</a><a href=${href.replace(/\s/g, '')}>z</a>`)
    expect(found.filter((f) => f.kind === 'unsafe URL')).toHaveLength(3)
  })

  it('finds script URLs in every attribute that loads or submits', () => {
    for (const markup of [
      '<iframe src="javascript:alert(1)"></iframe>',
      '<form action="javascript:alert(1)"><button>go</button></form>',
      '<form action="/search"><button formaction="javascript:alert(1)">go</button></form>',
      '<svg class="relation-graph"><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '<img src="/media/a.svg" srcset="/media/a.svg 1x, javascript:alert(1) 2x" alt="">',
      '<video poster="javascript:alert(1)"></video>',
    ])
      expect([markup, kinds(html(markup))]).toEqual([markup, expect.arrayContaining(['unsafe URL'])])
  })

  it('finds elements that are not part of any page the site renders', () => {
    for (const markup of [
      '<iframe src="https://evil.example/"></iframe>',
      '<img src="https://evil.example/tracker.png" alt="">',
      '<img src=x>',
      '<svg><circle r="1"/></svg>',
      '<svg class="relation-graph"><svg class="relation-graph"></svg></svg>',
      '<object data="/x.swf"></object>',
      '<embed src="/x.swf">',
      '<base href="https://evil.example/">',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<form action="https://evil.example/collect"><input name="q"></form>',
      '<script src="https://evil.example/x.js"></script>',
      '<math><mi>x</mi></math>',
    ])
      expect([markup, kinds(html(markup))]).toEqual([markup, expect.arrayContaining(['element not in the template'])])
  })

  it('finds a script that runs content, and data scripts that do not parse', () => {
    expect(kinds(html('<script>alert("m")</script>'))).toEqual(['script runs content'])
    expect(kinds(html(`<script>var t = "</script><script>alert(1)</script>"</script>`))).toContain(
      'script runs content',
    )
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Thing","name":"</script><script>alert("ld")</script>"}</script>`
    expect(kinds(html(ld))).toEqual(expect.arrayContaining(['data script is not valid JSON', 'script runs content']))
    expect(
      kinds(html('<script type="application/ld+json">{"@context":"https://evil.example","@type":"Thing"}</script>')),
    ).toEqual(['data script is not valid JSON'])
    expect(
      kinds(
        html(
          '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Thing","url":"javascript:alert(1)"}</script>',
        ),
      ),
    ).toEqual(['unsafe URL'])
    expect(kinds(html('<script>self.__next_f.push([1,"x"]);alert(1)//)</script>'))).toEqual([
      'data script is not valid JSON',
    ])
    expect(kinds(html('<script>self.__next_f.push([1,"<!--<script>"])</script>'))).toEqual([
      'script breaks out of its element',
    ])
  })

  it('finds a comment that content opened, and prototype names that reached a renderer', () => {
    expect(html('<p>text <!-- ⟦xss.summary⟧ <img src=x></p>')).toEqual([
      expect.objectContaining({ kind: 'comment opened by content', marker: 'xss.summary' }),
    ])
    expect(kinds(html('<p>[object Object]</p>'))).toEqual(['prototype name reached a renderer'])
  })

  it('says where, what and which payload in one line', () => {
    const [finding] = findInHtml('<p><img data-injected="xss.alt" src=x onerror=alert(1)></p>', {
      url: 'http://x/diseases/xss-entry',
      origins: [],
    }).filter((f) => f.kind === 'payload element')
    expect(formatFinding(finding)).toBe(
      'http://x/diseases/xss-entry · p > img · payload element · marker xss.alt · <img data-injected="xss.alt" src="x" onerror="alert(1)">',
    )
  })
})

describe('HTML: what is fine', () => {
  it('finds nothing in payloads that are escaped text and escaped attribute values', () => {
    const p = payload('xss.title')
    const page = `<h1 id="entry-title">${esc(p)}</h1><p title="${esc(p)}">${esc(REVIEWED_MARK)}</p><img src="/media/a.svg" alt="${esc(p)}">
      <a href="https://example.org/?q=${esc(`"'><script>alert(8)</script>`)}" rel="noopener noreferrer">${esc(p)}</a>
      <a href="${ORIGIN}/diseases/x#ref-1">[1]</a><a href="mailto:x@example.org">mail</a>
      <textarea>${esc(p)}</textarea><span>${escapeHTML(p)}</span>`
    expect(html(page)).toEqual([])
    expect(htmlText(page)).toContain(p)
  })

  it('finds nothing in the site template: its scripts, JSON-LD, graphs, forms, iframes and images', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: payload('xss.title'),
      url: `${ORIGIN}/diseases/x`,
    }).replace(/</g, '\\u003c')
    const flight = `self.__next_f.push(${JSON.stringify([1, `0:["$","h1",null,{"children":${JSON.stringify(payload('xss.title'))}}]`]).replace(/</g, '\\u003c')})`
    const page = `<script src="/_next/static/chunks/a.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>${flight}</script>
      <script type="application/ld+json">${jsonLd}</script>
      <form action="/search" method="get" role="search"><input type="search" name="q" value="${esc(payload('q'))}"></form>
      <svg class="relation-graph" viewBox="0 0 10 10"><title>${esc(payload('graph'))}</title><a href="/diseases/x"><circle r="1"/></a></svg>
      <iframe src="${ORIGIN}/embed/x?sections=all" title="${esc(payload('oembed'))}" style="border:1px solid #d5dbe1"></iframe>
      <img src="https://cdn.sanity.io/images/p/production/a.png" alt=""><img src="${ORIGIN}/media/b.svg" alt="">
      <span class="unknown__pt__mark__lv1">kept text</span><p style="font-family:&quot;Segoe UI&quot;">x</p><!-- --><!--$-->`
    expect(html(page)).toEqual([])
    expect(jsonLdOf(page)).toEqual([expect.objectContaining({ name: payload('xss.title') })])
  })
})

describe('JSON', () => {
  it('checks every html string as HTML, every URL-ish string as a URL, and every string for script URLs', () => {
    const body = JSON.stringify({
      data: {
        sections: [{ key: 'overview', html: `<p><span class="unknown__pt__mark__${REVIEWED_MARK}">t</span></p>` }],
        images: [{ url: 'javascript:alert("image-url")', alt: 'x' }],
        embedUrl: 'vbscript:x',
        summary: 'see java\tscript:alert(1)',
      },
      links: { next: 'data:text/html,<script>alert(1)</script>', prev: null },
    })
    const found = findInJson(body, options)
    expect(found.filter((f) => f.where.startsWith('$.data.sections[0].html → p > span')).length).toBeGreaterThan(0)
    expect(found.map((f) => f.where)).toEqual(
      expect.arrayContaining(['$.data.images[0].url', '$.data.embedUrl', '$.data.summary', '$.links.next']),
    )
    expect(markers(found)).toEqual(expect.arrayContaining(['alert(h1)', 'alert(image-url)']))
  })

  it('finds a body that is not JSON', () => {
    expect(kinds(findInJson('{"title": "</script>', options))).toEqual(['not valid JSON'])
  })

  it('finds nothing in payloads that are string data, and in links that are http(s), site paths, fragments or mailto', () => {
    const body = JSON.stringify({
      title: payload('xss.title'),
      url: `${ORIGIN}/diseases/x`,
      apiUrl: '/api/v1/entries/x',
      html: `<iframe src="${ORIGIN}/embed/x" title="${esc(payload('t'))}"></iframe>`,
      blocks: [
        {
          markDefs: [
            { href: 'https://example.org/?q="><script>' },
            { href: '#ref-1' },
            { href: 'mailto:x@example.org' },
          ],
        },
      ],
      links: { self: `${ORIGIN}/api/v1/entries?page=1`, next: null },
    })
    expect(findInJson(body, options)).toEqual([])
  })
})

describe('XML', () => {
  const feed = (entry: string) =>
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>${ORIGIN}/</id><title>t</title>${entry}</feed>`

  it('finds XML that is not well-formed', () => {
    for (const broken of [
      feed('<entry><title>a</entry>'),
      feed(`<entry><title>${payload('xss.title')}</title></entry>`),
      feed('<entry><title>a ]]> b</title></entry>'),
      feed('<entry><title>a &nbsp; b</title></entry>'),
      feed('<entry><title>R&D</title></entry>'),
      feed('<entry><title>\u0001</title></entry>'),
    ])
      expect([broken, kinds(findInXml(broken, options))]).toEqual([broken, ['not well-formed XML']])
    expect(markers(findInXml(feed(`<entry><title>${payload('xss.title')}</title></entry>`), options))).not.toEqual([
      '?',
    ])
  })

  it('checks HTML carried in XML, links and addresses, and elements outside the vocabulary', () => {
    const oembed = `<?xml version="1.0" encoding="utf-8"?><oembed><html>${esc('<img src=x onerror=alert("oembed")>')}</html></oembed>`
    expect(kinds(findInXml(oembed, options))).toEqual(
      expect.arrayContaining(['event-handler attribute', 'element not in the template']),
    )
    expect(
      kinds(
        findInXml(feed(`<entry><summary type="html">${esc('<script>alert(1)</script>')}</summary></entry>`), options),
      ),
    ).toEqual(['script runs content'])
    expect(kinds(findInXml(feed('<entry><link href="javascript:alert(1)"/></entry>'), options))).toEqual(['unsafe URL'])
    expect(kinds(findInXml('<urlset><url><loc>javascript:alert(1)</loc></url></urlset>', options))).toEqual([
      'unsafe URL',
    ])
    expect(kinds(findInXml(feed('<entry><script>alert(1)</script></entry>'), options))).toEqual([
      'element not in the template',
    ])
    expect(kinds(findInXml(feed('<entry><title data-injected="xss.title">t</title></entry>'), options))).toEqual([
      'payload element',
    ])
  })

  it('finds nothing in escaped payloads, and reads them back as text', () => {
    const p = payload('xss.title')
    const good = feed(
      `<entry><id>${ORIGIN}/diseases/x</id><title>${escapeHTML(p)}</title><link rel="alternate" type="text/html" href="${ORIGIN}/diseases/x"/><summary>${esc(p)}</summary></entry>`,
    )
    expect(findInXml(good, options)).toEqual([])
    expect(xmlStrings(good)).toContain(p)
    const oembed = `<?xml version="1.0" encoding="utf-8" standalone="yes"?><oembed><title>${esc(p)}</title><html>${esc(`<iframe src="${ORIGIN}/embed/x" title="${esc(p)}"></iframe>`)}</html><provider_url>${ORIGIN}/</provider_url></oembed>`
    expect(findInXml(oembed, options)).toEqual([])
  })
})

describe('plain text, URLs, markers and kinds', () => {
  it('finds payloads and script URLs in robots.txt, and nothing in a plain one', () => {
    expect(kinds(findInPlainText('User-Agent: *\nSitemap: javascript:void(0)', options))).toEqual(['unsafe URL'])
    expect(kinds(findInPlainText(`User-Agent: *\nDisallow: ${payload('robots')}`, options))).toEqual([
      'content in plain text',
    ])
    expect(
      findInPlainText(`User-Agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${ORIGIN}/sitemap.xml\n`, options),
    ).toEqual([])
  })

  it('reads URL schemes as a browser does', () => {
    expect(
      ['javascript:x', ' JAVA\tSCRIPT:x', '\u0000javascript:x', 'vbscript:x', 'data:image/png;base64,x'].map(
        unsafeUrlReason,
      ),
    ).toEqual(['javascript: URL', 'javascript: URL', 'javascript: URL', 'vbscript: URL', 'data: URL'])
    expect(
      ['https://x/', '/diseases/x', '#ref-1', 'mailto:x@example.org', 'javascriptish/path'].map(unsafeUrlReason),
    ).toEqual([null, null, null, null, null])
  })

  it('names the marker of a payload, or "?"', () => {
    expect(markerIn('<img data-injected="a.b" src=x>')).toBe('a.b')
    expect(markerIn('⟦person.name⟧ text')).toBe('person.name')
    expect(markerIn('alert(&quot;h1&quot;)')).toBe('alert(h1)')
    expect(markerIn('plain')).toBe('?')
  })

  it('tells outputs apart by their Content-Type', () => {
    expect(
      [
        'text/html; charset=utf-8',
        'application/json',
        'application/atom+xml',
        'text/xml; charset=utf-8',
        'application/xml',
        'text/plain',
      ].map(outputKind),
    ).toEqual(['html', 'json', 'xml', 'xml', 'xml', 'text'])
  })
})
