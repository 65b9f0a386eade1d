/** The search page's results: each entry with the name or codes it was found by. */
import Link from 'next/link'
import { codeSystem, isCodeSystemId } from '@/lib/domain/codes'
import type { SearchHit } from '@/lib/search/index'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'

export function SearchResults({ hits, lang = SOURCE_LANGUAGE }: { hits: SearchHit[]; lang?: Lang }) {
  const paths = pathsIn(lang)
  const t = messages(lang).search
  return (
    <ol className="link-list search-results">
      {hits.map((h) => (
        <li key={h.slug}>
          <Link href={paths.entry(h.slug)}>{h.title}</Link>
          {h.matchedName && <span className="relationship">{t.alsoKnownAs(h.matchedName)}</span>}
          {h.codes.length > 0 && (
            <span className="relationship">
              {h.codes
                .slice(0, 3)
                .map((c) => `${isCodeSystemId(c.system) ? codeSystem(c.system).name : c.system} ${c.code}`)
                .join(' · ')}
            </span>
          )}
          <p className="muted">{h.summary}</p>
        </li>
      ))}
    </ol>
  )
}
