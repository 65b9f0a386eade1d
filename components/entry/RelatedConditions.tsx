import Link from 'next/link'
import type { RelatedCondition } from '@/lib/content/outline'
import { paths } from '@/lib/site'

function RelatedList({ items }: { items: RelatedCondition[] }) {
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.slug}>
          <Link href={paths.entry(item.slug)}>{item.title}</Link>
          <span className="relationship">
            {item.labels.join(' · ')}
            {item.note ? `: ${item.note}` : ''}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** Both directions of every link: what this entry links to, and which entries link to it. */
export function RelatedConditions({ items }: { items: RelatedCondition[] }) {
  const outgoing = items.filter((i) => i.direction === 'outgoing')
  const incoming = items.filter((i) => i.direction === 'incoming')
  if (items.length === 0) return null
  return (
    <section aria-labelledby="related">
      <h2 id="related">Related conditions</h2>
      {outgoing.length > 0 && (
        <>
          <h3 id="associated-conditions">Associated conditions</h3>
          <RelatedList items={outgoing} />
        </>
      )}
      {incoming.length > 0 && (
        <>
          <h3 id="mentioned-by">Entries that mention this one</h3>
          <RelatedList items={incoming} />
        </>
      )}
    </section>
  )
}
