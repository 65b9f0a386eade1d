import type { CategoryNode } from '@/lib/content/api'
import { paths } from '@/lib/site'

export function CategoryTree({ nodes }: { nodes: CategoryNode[] }) {
  return (
    <ul className="category-tree">
      {nodes.map((node) => (
        <li key={node._id}>
          <a href={paths.category(node.slug)}>{node.title}</a>{' '}
          <span className="muted">
            ({node.entryCount} {node.entryCount === 1 ? 'entry' : 'entries'}
            {node.specialty ? ` · ${node.specialty}` : ''})
          </span>
          {node.children.length > 0 && <CategoryTree nodes={node.children} />}
        </li>
      ))}
    </ul>
  )
}
