/**
 * Readers beyond English, against the production build in local mode: an entry in both languages with the
 * right `lang`, hreflang pairs that point at each other, the language switcher, Spanish search with and
 * without accents, Spanish A–Z order, the API's `lang`, a Spanish embed, and publishing: a translation's
 * webhook refreshes its own pages only, and publishing the English source makes the translation say it is
 * out of date. HTML is read with a real parser (htmlparser2).
 */
import { copyDataset, titleOf, type DatasetCopy } from './support/dataset'
import { get, startSite, type Site } from './support/site'
import { WEBHOOK_SECRET, eventually, publishLocally } from './support/webhook'
import { all, attr, first, next, parseHtml, text, within } from './support/html'

let site: Site
let dataset: DatasetCopy

const page = async (pathname: string) => {
  const res = await get(site.url, pathname)
  return { ...res, doc: parseHtml(res.text) }
}
type Doc = ReturnType<typeof parseHtml>
const langOf = (doc: Doc) => attr(first(doc, { tag: 'html' }), 'lang')
const alternates = (doc: Doc) =>
  Object.fromEntries(
    all(doc, { tag: 'link', attrs: { rel: 'alternate' } })
      .filter((l) => attr(l, 'hreflang'))
      .map((l) => [attr(l, 'hreflang'), new URL(attr(l, 'href') ?? '').pathname]),
  )
const switcher = (doc: Doc, label: string) =>
  first(doc, { tag: 'nav', class: 'language-switcher', attrs: { 'aria-label': label } })

const publish = (id: string) => publishLocally(site.url, dataset.file, id)

beforeAll(async () => {
  dataset = copyDataset('translations')
  site = await startSite('.build/local', { CONTENT_DATASET: dataset.file, SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET })
})

afterAll(async () => {
  await site?.stop()
  dataset?.remove()
})

describe('an entry in two languages', () => {
  it('renders each language with its own lang, words and address', async () => {
    const en = await page('/diseases/calciphylaxis')
    const es = await page('/es/diseases/calcifilaxis')
    expect([en.status, es.status]).toEqual([200, 200])
    expect(langOf(en.doc)).toBe('en')
    expect(langOf(es.doc)).toBe('es')
    expect(titleOf(es.text)).toBe('Calcifilaxis')
    expect(text(first(es.doc, { id: 'help' }))).toBe('Cuándo pedir ayuda')
    expect(text(first(es.doc, { class: 'skip-link' }))).toBe('Ir al contenido')
    expect(text(first(es.doc, { class: 'review' }))).toMatch(
      /^Última revisión el 3 de diciembre de 2026: .*no es una revisión clínica/,
    )
    const jsonLd = all(es.doc, { tag: 'script', attrs: { type: 'application/ld+json' } }).map(
      (s) => JSON.parse(text(s) ?? '{}') as { inLanguage?: string },
    )
    expect(jsonLd[0].inLanguage).toBe('es')
    // A linked entry not translated yet is its English page, and says so.
    const cellulitis = first(es.doc, { tag: 'a', attrs: { href: '/diseases/cellulitis' } })
    expect(attr(cellulitis, 'hreflang')).toBe('en')
    expect(text(next(cellulitis))).toBe('(en inglés)')
    // A linked entry that is translated is its Spanish page.
    expect(first(es.doc, { tag: 'a', attrs: { href: '/es/diseases/enfermedad-renal-cronica' } })).toBeDefined()
  })

  it('has hreflang pairs that point at each other, with x-default the English page', async () => {
    const pair = {
      en: '/diseases/calciphylaxis',
      es: '/es/diseases/calcifilaxis',
      'x-default': '/diseases/calciphylaxis',
    }
    expect(alternates((await page(pair.en)).doc)).toEqual(pair)
    expect(alternates((await page(pair.es)).doc)).toEqual(pair)
    expect(alternates((await page('/es/diseases')).doc)).toEqual({
      en: '/diseases',
      es: '/es/diseases',
      'x-default': '/diseases',
    })
    // An entry with no translation names no alternate that does not exist.
    expect(alternates((await page('/diseases/cellulitis')).doc)).toEqual({})
  })

  it('has a language switcher that goes to the same entry, or says it is not translated yet', async () => {
    const en = await page('/diseases/calciphylaxis')
    const link = first(switcher(en.doc, 'Languages') ?? en.doc, { tag: 'a' })
    expect([attr(link, 'href'), attr(link, 'hreflang'), text(link)]).toEqual([
      '/es/diseases/calcifilaxis',
      'es',
      'Español',
    ])
    const back = switcher((await page('/es/diseases/calcifilaxis')).doc, 'Idiomas')
    expect(attr(first(back ?? en.doc, { tag: 'a' }), 'href')).toBe('/diseases/calciphylaxis')
    const untranslated = switcher((await page('/diseases/cellulitis')).doc, 'Languages')
    expect(untranslated).toBeDefined()
    expect(untranslated && all(untranslated, { tag: 'a' })).toEqual([])
    expect(text(untranslated)).toContain('Español: not translated yet')
  })

  it('answers an unknown Spanish address with the Spanish 404 page', async () => {
    const missing = await page('/es/diseases/no-existe')
    expect(missing.status).toBe(404)
    expect(langOf(missing.doc)).toBe('es')
    expect(text(first(missing.doc, { tag: 'h1' }))).toBe('Página no encontrada')
    // A first segment that is no configured language is no page, before any render.
    for (const address of ['/xx/diseases/calcifilaxis', '/xx/categories/piel']) {
      const other = await get(site.url, address)
      expect([address, other.status, /<h1[^>]*>([^<]*)</.exec(other.text)?.[1]]).toEqual([
        address,
        404,
        'Page not found',
      ])
    }
  })
})

describe('Spanish lists and search', () => {
  it('orders A–Z with the Spanish collation, accented titles under their letter', async () => {
    const az = await page('/es/diseases')
    const main = first(az.doc, { tag: 'main' }) ?? az.doc
    const letters = within(main, { tag: 'section' }, { tag: 'h2' }).map(text)
    const titles = within(main, { tag: 'section' }, { tag: 'li' }).map((li) => text(first(li, { tag: 'a' })) ?? '')
    expect(titles.length).toBeGreaterThanOrEqual(10)
    expect(titles).toEqual([...titles].sort(new Intl.Collator('es').compare))
    expect(titles).toContain('Déficit de proteína C')
    expect(letters).toEqual(expect.arrayContaining(['C', 'D', 'E', 'H']))
    expect(within(az.doc, { tag: 'nav', class: 'letter-nav' }, { tag: 'li' }).map(text)).toContain('Ñ')
  })

  it('finds Spanish entries with and without accents, from the Spanish index only', async () => {
    const slugs = async (q: string, lang?: string) =>
      (
        JSON.parse(
          (await get(site.url, `/api/search?q=${encodeURIComponent(q)}${lang ? `&lang=${lang}` : ''}`)).text,
        ) as { results: { slug: string; url: string }[] }
      ).results.map((r) => r.slug)
    const accented = await slugs('riñón', 'es')
    expect(accented).toContain('enfermedad-renal-cronica')
    expect(await slugs('rinon', 'es')).toEqual(accented)
    expect(await slugs('proteína c', 'es')).toContain('deficit-de-proteina-c')
    expect(await slugs('proteina c', 'es')).toContain('deficit-de-proteina-c')
    expect(await slugs('calcifilaxis', 'es')).toEqual(expect.arrayContaining(['calcifilaxis']))
    // The English index has the English entries, whatever a Spanish word finds there.
    expect(await slugs('calcifilaxis')).toContain('calciphylaxis')
    expect(await slugs('calcifilaxis')).not.toContain('calcifilaxis')
    const results = await page('/es/search?q=rinon')
    expect(text(first(results.doc, { id: 'results-heading' }))).toMatch(/resultados? para «rinon»/)
    expect(attr(within(results.doc, { class: 'search-results' }, { tag: 'a' })[0], 'href')).toMatch(/^\/es\/diseases\//)
  })

  it('has a Spanish Atom feed', async () => {
    const feed = await get(site.url, '/es/feed.xml')
    expect(feed.status).toBe(200)
    expect(feed.text).toContain('xml:lang="es"')
    expect(feed.text).toContain('/es/diseases/calcifilaxis')
    expect(feed.text).not.toContain('/diseases/calciphylaxis"')
  })
})

describe('Spanish for other sites and systems', () => {
  it('answers the API in the language asked for, each entry listing its translations', async () => {
    const es = JSON.parse((await get(site.url, '/api/v1/entries/calcifilaxis?lang=es')).text) as {
      data: {
        lang: string
        title: string
        translations: { lang: string; slug: string }[]
        sections: { title: string }[]
      }
    }
    expect([es.data.lang, es.data.title]).toEqual(['es', 'Calcifilaxis'])
    expect(es.data.translations).toEqual([expect.objectContaining({ lang: 'en', slug: 'calciphylaxis' })])
    expect(es.data.sections[0].title).toBe('Descripción general')
    const en = JSON.parse((await get(site.url, '/api/v1/entries/calciphylaxis')).text) as typeof es
    expect(en.data.translations).toEqual([expect.objectContaining({ lang: 'es', slug: 'calcifilaxis' })])
    // The Spanish slug does not exist in English, and a language the site does not have is a bad parameter.
    expect((await get(site.url, '/api/v1/entries/calcifilaxis')).status).toBe(404)
    const bad = await get(site.url, '/api/v1/entries?lang=fr')
    expect([bad.status, JSON.parse(bad.text)]).toEqual([400, expect.objectContaining({ parameter: 'lang' })])
    const list = JSON.parse((await get(site.url, '/api/v1/entries?lang=es')).text) as { data: { lang: string }[] }
    expect(list.data.length).toBeGreaterThanOrEqual(10)
    expect(list.data.every((e) => e.lang === 'es')).toBe(true)
    const lookup = JSON.parse((await get(site.url, '/api/v1/lookup?system=icd10cm&code=E83.59&lang=es')).text) as {
      data: { slug: string }[]
    }
    expect(lookup.data.map((e) => e.slug)).toContain('calcifilaxis')
  })

  it('embeds an entry in Spanish, and oEmbed finds it from the Spanish page address', async () => {
    const embed = await page('/embed/calcifilaxis?lang=es&sections=symptoms')
    expect(embed.status).toBe(200)
    expect(langOf(embed.doc)).toBe('es')
    expect(text(first(embed.doc, { tag: 'h2' }))).toBe('Cuándo pedir ayuda')
    expect(text(first(embed.doc, { class: 'attribution' }))).toContain('Leer el artículo completo')
    // The server knows itself as localhost (scripts/serve.mjs): an address of this site, as a reader sees it.
    const url = encodeURIComponent(`http://localhost:${site.port}/es/diseases/calcifilaxis`)
    const oembed = JSON.parse((await get(site.url, `/api/oembed?url=${url}&format=json`)).text) as { html: string }
    expect(oembed.html).toContain('/embed/calcifilaxis?lang=es')
  })
})

describe('publishing translations', () => {
  it('refreshes exactly a translation’s pages when it is published', async () => {
    const english = ['/diseases', '/diseases/cellulitis']
    for (const p of ['/es/diseases/calcifilaxis', '/es/diseases', ...english]) await get(site.url, p)
    for (const p of english)
      await eventually(async () => (await get(site.url, p)).headers.get('x-nextjs-cache') === 'HIT', {
        what: `a fresh cached copy of ${p}`,
      })
    dataset.edit('disease-calciphylaxis-es', (d) => (d.title = 'Calcifilaxis (editado)'))
    const result = publish('disease-calciphylaxis-es')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/es:entry:calcifilaxis/)
    await eventually(
      async () => titleOf((await get(site.url, '/es/diseases/calcifilaxis')).text) === 'Calcifilaxis (editado)',
      {
        what: 'the edited Spanish title',
      },
    )
    await eventually(async () => (await get(site.url, '/es/diseases')).text.includes('Calcifilaxis (editado)'), {
      what: 'the edited title on the Spanish A–Z',
    })
    // The English lists and unrelated English pages were not revalidated: still the fresh cached copy.
    for (const p of english) expect([p, (await get(site.url, p)).headers.get('x-nextjs-cache')]).toEqual([p, 'HIT'])
  })

  it('says on the translation that the English version changed, after the English entry is published', async () => {
    const notice = async () => first((await page('/es/diseases/calcifilaxis')).doc, { class: 'translation-notice' })
    // Before: the translation follows the English version as published (and the page says nothing).
    expect(await notice()).toBeUndefined()
    dataset.edit('disease-calciphylaxis', (d) => {
      d.summary = `${String(d.summary)} Updated.`
      d._updatedAt = new Date().toISOString()
    })
    expect(publish('disease-calciphylaxis').status).toBe(0)
    await eventually(async () => (await notice()) !== undefined, { what: 'the out-of-date notice on the Spanish page' })
    const shown = await notice()
    expect(text(shown)).toContain('La versión en inglés de esta página ha cambiado desde que se hizo esta traducción')
    expect(attr(shown && first(shown, { tag: 'a' }), 'href')).toBe('/diseases/calciphylaxis')
    const stale = async () =>
      (
        JSON.parse((await get(site.url, '/api/v1/entries/calcifilaxis?lang=es')).text) as {
          data: { translatedFrom: { stale: boolean } }
        }
      ).data.translatedFrom.stale
    await eventually(stale, { what: 'translatedFrom.stale in the API' })
  })

  it('serves a Spanish entry published after the build at its own address', async () => {
    const address = '/es/diseases/calcifilaxis-publicada-despues'
    expect((await get(site.url, address)).status).toBe(404)
    const docs = dataset.docs()
    // A Spanish entry of its own (a copy of the Spanish calciphylaxis, translated from nothing).
    const { translatedFrom: _none, ...copy } = docs.find(
      (d) => d._id === 'disease-calciphylaxis-es',
    ) as (typeof docs)[number]
    const later = 'Calcifilaxis (publicada después)'
    dataset.write([
      ...docs,
      { ...copy, _id: 'disease-later-es', title: later, slug: { _type: 'slug', current: address.split('/').pop() } },
    ])
    expect(publish('disease-later-es').status).toBe(0)
    await eventually(async () => titleOf((await get(site.url, address)).text) === later, {
      what: 'the page of a Spanish entry the build did not know',
    })
  })
})
