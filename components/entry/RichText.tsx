import { PortableText, type PortableTextComponents } from '@portabletext/react'
import type { PortableTextBody } from '@/lib/content/models'
import { isSafeHref } from '@/lib/content/links'
import { paths } from '@/lib/site'

/**
 * Portable Text as the entry page shows it. Citations become numbered links to the reference list;
 * links are re-checked here (defence in depth: the content boundary already refused unsafe ones).
 */
export function RichText({ value, citationNumbers }: { value: PortableTextBody; citationNumbers: Map<string, number> }) {
  const components: PortableTextComponents = {
    block: {
      h3: ({ children }) => <h3>{children}</h3>,
      h4: ({ children }) => <h4>{children}</h4>,
    },
    marks: {
      link: ({ value: mark, children }) => {
        const href = typeof mark?.href === 'string' ? mark.href : ''
        if (!isSafeHref(href)) return <>{children}</>
        const external = /^https?:/i.test(href)
        return (
          <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})}>
            {children}
          </a>
        )
      },
      entryLink: ({ value: mark, children }) =>
        typeof mark?.slug === 'string' ? <a href={paths.entry(mark.slug)}>{children}</a> : <>{children}</>,
      cite: ({ value: mark, children }) => {
        const n = typeof mark?.reference === 'string' ? citationNumbers.get(mark.reference) : undefined
        if (!n) return <>{children}</>
        return (
          <>
            {children}
            <sup className="cite">
              <a href={`#ref-${n}`} aria-label={`Reference ${n}`}>
                [{n}]
              </a>
            </sup>
          </>
        )
      },
    },
  }
  return <PortableText value={value} components={components} onMissingComponent={false} />
}
