import { letterId, lettersOf } from '@/components/lists/az'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

/**
 * The letters of A–Z, each a link where it has entries: to its heading on the same page, or (`href`, when A–Z
 * is paged) to its own page; `current` is the letter of the page shown.
 */
export function LetterNav({
  present,
  lang,
  href = (letter) => `#${letterId(letter)}`,
  current,
}: {
  present: Set<string>
  lang: Lang
  href?: (letter: string) => string
  current?: string
}) {
  return (
    <nav aria-label={messages(lang).az.letters} className="letter-nav">
      <ol>
        {[...lettersOf(lang), '#'].map((letter) => (
          <li key={letter}>
            {present.has(letter) ? (
              <a href={href(letter)} aria-current={letter === current ? 'page' : undefined}>
                {letter}
              </a>
            ) : (
              <span aria-disabled="true">{letter}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
