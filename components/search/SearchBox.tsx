import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { SUGGEST_SCRIPT } from '@/lib/search/suggest-script.mjs'
import { pathsIn } from '@/lib/site'

const ID = 'site-search'

/**
 * The header search: a plain GET form to /search, which works without JavaScript. The inline script after
 * the form's fields (lib/search/suggest-script.mjs) turns the field into a combobox of suggestions; it is
 * the one script a reader page runs (lib/reader-document.mjs keeps it: `data-enhance`).
 */
export function SearchBox({
  lang = SOURCE_LANGUAGE,
  words,
}: {
  lang?: Lang
  /** The interface text, in the page's language. */
  words: { label: string; button: string; placeholder: string; suggestions: string }
}) {
  const paths = pathsIn(lang)
  const api = `/api/search?limit=8${lang === SOURCE_LANGUAGE ? '' : `&lang=${lang}`}`
  return (
    <form
      action={paths.search()}
      method="get"
      role="search"
      className="search-form"
      data-suggest={api}
      data-entry-path={paths.entry('')}
    >
      <label htmlFor={`${ID}-input`} className="visually-hidden">
        {words.label}
      </label>
      <input id={`${ID}-input`} type="search" name="q" placeholder={words.placeholder} autoComplete="off" />
      <button type="submit">{words.button}</button>
      <ul id={`${ID}-list`} role="listbox" aria-label={words.suggestions} className="suggestions" hidden />
      {/* Static text of this project's, not content: nothing here comes from a reader or an editor. */}
      <script data-enhance="" dangerouslySetInnerHTML={{ __html: SUGGEST_SCRIPT }} />
    </form>
  )
}
