import type { CategoryNode } from '@/lib/content/api'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

export function CategoryTree({ nodes, lang = SOURCE_LANGUAGE }: { nodes: CategoryNode[]; lang?: Lang }) {
  const t = messages(lang).categories
  return (
    <ul className="category-tree">
      {nodes.map((node) => (
        <li key={node._id}>
          <a href={pathsIn(lang).category(node.slug)}>{node.title}</a>{' '}
          <span className="muted">
            ({t.entryCount(node.entryCount)}
            {node.specialty ? ` · ${node.specialty}` : ''})
          </span>
          {node.children.length > 0 && <CategoryTree nodes={node.children} lang={lang} />}
        </li>
      ))}
    </ul>
  )
}
