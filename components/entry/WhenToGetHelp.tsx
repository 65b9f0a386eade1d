import type { WhenToGetHelp as Help } from '@/lib/domain/help'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { helpLevelsIn } from '@/lib/i18n/text'

/**
 * Graded advice near the top of the entry, most urgent first. Each level says what it is in words (a marker
 * and a title) as well as by its border colour, and prints as it shows.
 */
export function WhenToGetHelp({ help, lang = SOURCE_LANGUAGE }: { help: Help | undefined; lang?: Lang }) {
  const levels = helpLevelsIn(help, lang)
  if (levels.length === 0) return null
  return (
    <section aria-labelledby="help" className="help">
      <h2 id="help">{messages(lang).help.title}</h2>
      {levels.map((level) => (
        <div key={level.key} className={`help-level help-level--${level.key}`}>
          <h3>
            <span className="help-level__marker">{level.marker}:</span> {level.title}
          </h3>
          <p>{level.action}</p>
          <ul>
            {level.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}
