import { letterId, lettersOf } from '@/components/lists/az'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export function LetterNav({ present, lang }: { present: Set<string>; lang: Lang }) {
  return (
    <nav aria-label={messages(lang).az.letters} className="letter-nav">
      <ol>
        {[...lettersOf(lang), '#'].map((letter) => (
          <li key={letter}>
            {present.has(letter) ? (
              <a href={`#${letterId(letter)}`}>{letter}</a>
            ) : (
              <span aria-disabled="true">{letter}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
