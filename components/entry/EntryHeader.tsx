import type { Entry } from '@/lib/content/models'
import { codeSystem } from '@/lib/domain/codes'
import { messages } from '@/lib/i18n/messages'
import { pathsIn } from '@/lib/site'
import { PageLink } from '@/components/layout/PageLink'

export function EntryHeader({ entry }: { entry: Entry }) {
  const t = messages(entry.lang)
  const paths = pathsIn(entry.lang)
  const rarity = entry.rarity && t.rarity[entry.rarity]
  return (
    <header>
      <nav aria-label={t.nav.breadcrumb} className="breadcrumbs">
        <ol>
          <li>
            <a href={paths.home()}>{t.nav.home}</a>
          </li>
          <li>
            <a href={paths.entries()}>{t.nav.az}</a>
          </li>
          {entry.categories[0] && (
            <li>
              <PageLink from={entry.lang} to={entry.categories[0]} kind="category" />
            </li>
          )}
        </ol>
      </nav>
      <h1 id="entry-title">{entry.title}</h1>
      {entry.alternateNames.length > 0 && (
        <p className="muted">
          <span>{t.entry.alsoKnownAs}</span>
          {entry.alternateNames.join(' · ')}
        </p>
      )}
      <p className="lead">{entry.summary}</p>
      <dl className="entry-facts">
        {entry.codes.length > 0 && (
          <div>
            <dt>{t.entry.codes}</dt>
            <dd>
              <ul className="chips" aria-label={t.entry.medicalCodes}>
                {entry.codes.map((c) => (
                  <li key={`${c.system}:${c.code}`} className="chip">
                    <span className="code-system">{codeSystem(c.system).name}</span>
                    <a href={codeSystem(c.system).url(c.code)} rel="noopener noreferrer" title={c.label}>
                      {c.code}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {entry.categories.length > 0 && (
          <div>
            <dt>{t.entry.categories}</dt>
            <dd>
              <ul className="chips">
                {entry.categories.map((c) => (
                  <li key={c._id}>
                    <PageLink from={entry.lang} to={c} kind="category" className="chip" />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {(rarity || entry.prevalence) && (
          <div>
            <dt>{t.entry.howCommon}</dt>
            <dd>{[rarity, entry.prevalence].filter(Boolean).join('. ')}</dd>
          </div>
        )}
      </dl>
      {entry.features.length > 0 && (
        <section className="features" aria-labelledby="features-heading">
          <h2 id="features-heading">{t.entry.characterisedBy(entry.title)}</h2>
          <ul>
            {entry.features.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </section>
      )}
    </header>
  )
}
