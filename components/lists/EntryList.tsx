import { paths } from '@/lib/site'

interface Item {
  slug: string
  title: string
  summary?: string
  alternateNames?: string[]
}

export function EntryList({ items, showSummary = true }: { items: Item[]; showSummary?: boolean }) {
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.slug}>
          <a href={paths.entry(item.slug)}>{item.title}</a>
          {item.alternateNames && item.alternateNames.length > 0 && (
            <span className="relationship">Also: {item.alternateNames.slice(0, 4).join(', ')}</span>
          )}
          {showSummary && item.summary && <p className="muted">{item.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
