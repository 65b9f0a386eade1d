import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EntryList } from '@/components/lists/EntryList'
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { LetterNav } from '@/components/lists/LetterNav'
import { Pager } from '@/components/lists/Pager'
import { AZ_PAGE_SIZE, groupByLetter, letterKey, letterOfKey } from '@/components/lists/az'
import { pageCountOf, pageNumberOf, pageOf } from '@/components/lists/paging'
import { getEntryIndex } from '@/lib/content'
import { listAlternates } from '@/lib/i18n/alternates'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

/** The route's parameters: the letter's key and, past its first page, the page number. */
export interface LetterParams {
  letter: string
  page?: string[]
}

/**
 * The letter and page an address names with the entries under that letter, or null when it names none (the
 * proxy refuses most such addresses before they reach the page).
 */
async function shownPage(params: LetterParams, lang: Lang) {
  const letter = letterOfKey(params.letter, lang)
  const page = pageNumberOf(params.page)
  if (letter === undefined || page === null) return null
  const groups = groupByLetter(await getEntryIndex(lang), lang)
  const items = groups.find((g) => g.letter === letter)?.items ?? []
  const pages = pageCountOf(items.length, AZ_PAGE_SIZE)
  if (items.length === 0 || page > pages) return null
  return { letter, page, pages, items, present: new Set(groups.map((g) => g.letter)) }
}

export async function letterMetadata(params: LetterParams, lang: Lang): Promise<Metadata> {
  const shown = await shownPage(params, lang)
  if (!shown) return {}
  const t = messages(lang).az
  const title = t.letterTitle(shown.letter)
  return {
    title: shown.pages > 1 ? `${title} (${t.page(shown.page, shown.pages)})` : title,
    description: t.letterDescription(shown.letter),
    // Each page is its own: the letters of another language are other pages, so no hreflang pairs.
    alternates: { canonical: pathsIn(lang).entriesLetter(params.letter, shown.page) },
  }
}

/** One page of one letter of A–Z, with links to the other letters and to the letter's other pages. */
export async function LetterPage({ params, lang }: { params: LetterParams; lang: Lang }) {
  const shown = await shownPage(params, lang)
  if (!shown) notFound()
  const { letter, page, pages, items } = shown
  const t = messages(lang).az
  const paths = pathsIn(lang)
  const pageHref = (n: number) => paths.entriesLetter(letterKey(letter), n)
  return (
    <>
      <LanguageSwitcher lang={lang} alternates={listAlternates((p) => p.entries())} />
      <h1>{t.letterTitle(letter)}</h1>
      <p className="muted">
        {t.letterCount(items.length)}
        {pages > 1 && ` · ${t.page(page, pages)}`}
      </p>
      <LetterNav present={shown.present} lang={lang} href={(l) => paths.entriesLetter(letterKey(l))} current={letter} />
      <EntryList items={pageOf(items, page, AZ_PAGE_SIZE)} showSummary={false} lang={lang} />
      <Pager page={page} pages={pages} href={pageHref} lang={lang} />
      <p>
        <a href={paths.entries()}>{t.title}</a>
      </p>
    </>
  )
}
