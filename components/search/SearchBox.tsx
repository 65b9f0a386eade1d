'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useId, useRef, useState } from 'react'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { pathsIn } from '@/lib/site'

interface Suggestion {
  slug: string
  title: string
  matchedName: string | null
}

/**
 * The header search: a plain GET form to /search (works without JavaScript), enhanced with an ARIA 1.2
 * combobox that suggests entries as you type. Keyboard: ↓/↑ move, Enter opens, Escape closes.
 */
export function SearchBox({
  initialQuery = '',
  lang = SOURCE_LANGUAGE,
  words,
}: {
  initialQuery?: string
  lang?: Lang
  /** The interface text, in the page's language (the header passes it: no dictionary in the client bundle). */
  words: { label: string; button: string; placeholder: string; suggestions: string }
}) {
  const paths = pathsIn(lang)
  const id = useId()
  const listId = `${id}-list`
  const [query, setQuery] = useState(initialQuery)
  const [items, setItems] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const controller = useRef<AbortController | null>(null)

  const router = useRouter()
  const q = query.trim()

  useEffect(() => {
    if (q.length < 2) return
    const timer = setTimeout(() => {
      controller.current?.abort()
      const c = new AbortController()
      controller.current = c
      fetch(`/api/search?q=${encodeURIComponent(q)}&limit=8${lang === SOURCE_LANGUAGE ? '' : `&lang=${lang}`}`, {
        signal: c.signal,
      })
        .then((res) => (res.ok ? res.json() : { results: [] }))
        .then((data: { results: Suggestion[] }) => {
          setItems(data.results)
          setActive(-1)
        })
        .catch(() => {})
    }, 120)
    return () => clearTimeout(timer)
  }, [q, lang])

  // Suggestions for a query shorter than two characters are not shown (and not fetched).
  const shown = q.length >= 2 ? items : []
  const expanded = open && shown.length > 0
  const go = (s: Suggestion) => router.push(paths.entry(s.slug))

  return (
    <form
      action={paths.search()}
      method="get"
      role="search"
      className="search-form"
      onSubmit={(e) => {
        if (expanded && active >= 0) {
          e.preventDefault()
          go(shown[active])
        }
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {words.label}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        name="q"
        placeholder={words.placeholder}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && shown.length) {
            e.preventDefault()
            setOpen(true)
            setActive((a) => (a + 1) % shown.length)
          } else if (e.key === 'ArrowUp' && shown.length) {
            e.preventDefault()
            setActive((a) => (a <= 0 ? shown.length - 1 : a - 1))
          } else if (e.key === 'Escape' && expanded) {
            // Close the suggestions; a second Escape clears the field as a search field normally does.
            e.preventDefault()
            setOpen(false)
            setActive(-1)
          }
        }}
      />
      <button type="submit">{words.button}</button>
      <ul id={listId} role="listbox" aria-label={words.suggestions} className="suggestions" hidden={!expanded}>
        {shown.map((s, i) => (
          <li
            key={s.slug}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault()
              go(s)
            }}
          >
            {s.title}
            {s.matchedName && <span className="suggestion-note"> ({s.matchedName})</span>}
          </li>
        ))}
      </ul>
    </form>
  )
}
