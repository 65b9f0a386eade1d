/**
 * The language layer: every language has the same interface text, A–Z letters follow each alphabet, cache
 * tags and addresses carry the language, and a translation is out of date exactly when its source moved on.
 */
import { groupByLetter, letterId, letterOf } from '../../components/lists/az'
import { TAGS, pathsForTag, tagsForDocument } from '../../lib/content/tags'
import { documentAlternates, hreflang } from '../../lib/i18n/alternates'
import { LANGUAGE_IDS } from '../../lib/i18n/languages'
import { messages } from '../../lib/i18n/messages'
import { isStaleTranslation } from '../../lib/i18n/translation'
import { languageOfPath, pathsIn, slugPageOf } from '../../lib/site'

/** Every key path of a messages object, and the kind of value there. */
function shape(value: unknown, at = ''): string[] {
  if (typeof value === 'function') return [`${at}:function`]
  if (Array.isArray(value)) return [`${at}:array${value.length}`]
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => shape(v, at ? `${at}.${k}` : k))
  return [`${at}:${typeof value}`]
}

describe('interface text', () => {
  it('has the same keys, of the same kinds, in every language', () => {
    const english = shape(messages('en')).sort()
    expect(english.length).toBeGreaterThan(100)
    for (const lang of LANGUAGE_IDS) expect([lang, shape(messages(lang)).sort()]).toEqual([lang, english])
  })

  it('is translated: no Spanish string equals its English one except names', () => {
    const strings = (value: unknown, at = ''): [string, string][] =>
      typeof value === 'string'
        ? [[at, value]]
        : value && typeof value === 'object' && !Array.isArray(value)
          ? Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`))
          : []
    const es = new Map(strings(messages('es')))
    const same = strings(messages('en')).filter(([k, v]) => es.get(k) === v && !/\.(name|names\.\w+)$/.test(k))
    expect(same).toEqual([])
  })
})

describe('A–Z letters', () => {
  it('puts Ñ after N in Spanish, and accented capitals under their letter', () => {
    expect(letterOf('Ñandú', 'es')).toBe('Ñ')
    expect(letterOf('Ñandú', 'en')).toBe('N')
    expect(letterOf('Úlcera', 'es')).toBe('U')
    expect(letterOf('Éczema', 'en')).toBe('E')
    expect(letterOf('1 cosa', 'es')).toBe('#')
    const groups = groupByLetter([{ title: 'Obesidad' }, { title: 'Ñu' }, { title: 'Nefritis' }], 'es')
    expect(groups.map((g) => g.letter)).toEqual(['N', 'Ñ', 'O'])
    expect(letterId('Ñ')).toMatch(/^letter-[A-Za-z0-9-]+$/)
    expect(letterId('Ñ')).not.toBe(letterId('N'))
  })
})

describe('addresses and tags in a language', () => {
  it('prefixes every reader address but the source language’s', () => {
    expect(pathsIn('en').entry('calciphylaxis')).toBe('/diseases/calciphylaxis')
    expect(pathsIn('es').entry('calcifilaxis')).toBe('/es/diseases/calcifilaxis')
    expect(pathsIn('es').home()).toBe('/es')
    expect(pathsIn('es').embed('calcifilaxis', ['symptoms'])).toBe('/embed/calcifilaxis?lang=es&sections=symptoms')
    expect(languageOfPath('/es/diseases/x')).toEqual({ lang: 'es', rest: '/diseases/x' })
    expect(languageOfPath('/en/diseases/x')).toEqual({ lang: 'en', rest: '/en/diseases/x' })
    expect(slugPageOf('/es/diseases/calcifilaxis')).toEqual({ kind: 'entry', rawSlug: 'calcifilaxis', lang: 'es' })
    expect(slugPageOf('/es/embed/x')).toBeUndefined()
    // A category's later pages are its pages too; an entry has one page.
    expect(slugPageOf('/es/categories/piel/2')).toEqual({ kind: 'category', rawSlug: 'piel', rawPage: '2', lang: 'es' })
    expect(pathsIn('es').category('piel', 2)).toBe('/es/categories/piel/2')
    expect(slugPageOf('/diseases/calciphylaxis/2')).toBeUndefined()
    expect(slugPageOf('/categories/skin/2/3')).toBeUndefined()
  })

  it('tags a translation’s pages apart from the source language’s, and finds the pages of each tag', () => {
    expect(tagsForDocument({ _type: 'disease', slug: 'calcifilaxis', lang: 'es' })).toEqual([
      'es:entry:calcifilaxis',
      'es:entries',
    ])
    expect(TAGS.entry('calciphylaxis')).toBe('entry:calciphylaxis')
    expect(pathsForTag('es:entry:calcifilaxis')).toEqual(['/es/diseases/calcifilaxis'])
    expect(pathsForTag('es:entries')).toEqual(['/es', '/es/diseases'])
    expect(pathsForTag('entries')).toEqual(['/', '/diseases'])
  })

  it('gives hreflang pairs only for versions that exist, x-default the source language', () => {
    const alternates = documentAlternates(
      { lang: 'es', slug: 'calcifilaxis', translations: [{ lang: 'en', slug: 'calciphylaxis' }] },
      'entry',
    )
    expect(hreflang(alternates)).toEqual({
      en: '/diseases/calciphylaxis',
      es: '/es/diseases/calcifilaxis',
      'x-default': '/diseases/calciphylaxis',
    })
    expect(hreflang(documentAlternates({ lang: 'en', slug: 'cellulitis', translations: [] }, 'entry'))).toBeUndefined()
  })
})

describe('out-of-date translations', () => {
  const source = { slug: 'calciphylaxis', title: 'Calciphylaxis', _updatedAt: '2026-12-02T16:00:00Z' }
  it('is out of date when the source was published after the version it follows, or no version is recorded', () => {
    expect(isStaleTranslation({ translatedFrom: { sourceUpdatedAt: '2026-12-02T16:00:00.000Z', source } })).toBe(false)
    expect(isStaleTranslation({ translatedFrom: { sourceUpdatedAt: '2026-12-01T00:00:00Z', source } })).toBe(true)
    expect(isStaleTranslation({ translatedFrom: { source } })).toBe(true)
    expect(isStaleTranslation({})).toBe(false)
  })
})
