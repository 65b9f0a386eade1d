import type { OutlineItem } from '@/lib/content/outline'

export function TableOfContents({ items }: { items: OutlineItem[] }) {
  if (items.length === 0) return null
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading" className="toc__title">
        On this page
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
