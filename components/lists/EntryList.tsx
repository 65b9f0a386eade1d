import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

interface Item {
  slug: string
  title: string
  summary?: string
  alternateNames?: string[]
}

export function EntryList({
  items,
  showSummary = true,
  lang = SOURCE_LANGUAGE,
}: {
  items: Item[]
  showSummary?: boolean
  lang?: Lang
}) {
  const paths = pathsIn(lang)
  const t = messages(lang).az
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.slug}>
          <a href={paths.entry(item.slug)}>{item.title}</a>
          {item.alternateNames && item.alternateNames.length > 0 && (
            <span className="relationship">{t.also(item.alternateNames.slice(0, 4).join(', '))}</span>
          )}
          {showSummary && item.summary && <p className="muted">{item.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
