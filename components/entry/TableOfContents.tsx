import type { OutlineItem } from '@/lib/content/outline'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export function TableOfContents({ items, lang = SOURCE_LANGUAGE }: { items: OutlineItem[]; lang?: Lang }) {
  if (items.length === 0) return null
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading" className="toc__title">
        {messages(lang).entry.onThisPage}
      </h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
