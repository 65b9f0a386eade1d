import { LETTERS } from '@/components/lists/az'

export function LetterNav({ present }: { present: Set<string> }) {
  return (
    <nav aria-label="Letters" className="letter-nav">
      <ol>
        {[...LETTERS, '#'].map((letter) => (
          <li key={letter}>
            {present.has(letter) ? (
              <a href={`#letter-${letter === '#' ? 'other' : letter}`}>{letter}</a>
            ) : (
              <span aria-disabled="true">{letter}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
