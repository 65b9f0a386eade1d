import { html, markup } from '../../lib/html'

describe('html`…`', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const hostile = `"><script>alert(1)</script>&`
    expect(String(html`<a href="${hostile}">${hostile}</a>`)).toBe(
      '<a href="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;</a>',
    )
  })

  it('keeps Html made by itself or by markup(), joins lists and leaves out nothing-values', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`)
    const absent: string | undefined = undefined
    expect(
      String(
        html`<ul>
            ${items}
          </ul>
          ${markup('<hr>')}${false}${null}${absent}${0}`,
      ),
    ).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>0')
  })

  it("drops line breaks and indentation of the template's own text, never of a value", () => {
    const value = 'two\nlines'
    const written = html`<p>
      one ${value}
    </p>`
    expect(String(written)).toBe('<p>one two\nlines</p>')
  })
})
