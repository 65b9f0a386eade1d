import type { Entry } from '@/lib/content/models'
import { codeSystem } from '@/lib/domain/codes'
import { RARITIES } from '@/lib/domain/relationships'
import { paths } from '@/lib/site'

export function EntryHeader({ entry }: { entry: Entry }) {
  const rarity = RARITIES.find((r) => r.value === entry.rarity)?.title
  return (
    <header>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <a href={paths.home()}>Home</a>
          </li>
          <li>
            <a href={paths.entries()}>Diseases A–Z</a>
          </li>
          {entry.categories[0] && (
            <li>
              <a href={paths.category(entry.categories[0].slug)}>{entry.categories[0].title}</a>
            </li>
          )}
        </ol>
      </nav>
      <h1 id="entry-title">{entry.title}</h1>
      {entry.alternateNames.length > 0 && (
        <p className="muted">
          <span>Also known as: </span>
          {entry.alternateNames.join(' · ')}
        </p>
      )}
      <p className="lead">{entry.summary}</p>
      <dl className="entry-facts">
        {entry.codes.length > 0 && (
          <div>
            <dt>Codes</dt>
            <dd>
              <ul className="chips" aria-label="Medical codes">
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
            <dt>Categories</dt>
            <dd>
              <ul className="chips">
                {entry.categories.map((c) => (
                  <li key={c._id}>
                    <a className="chip" href={paths.category(c.slug)}>
                      {c.title}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {(rarity || entry.prevalence) && (
          <div>
            <dt>How common</dt>
            <dd>{[rarity, entry.prevalence].filter(Boolean).join('. ')}</dd>
          </div>
        )}
      </dl>
      {entry.features.length > 0 && (
        <section className="features" aria-labelledby="features-heading">
          <h2 id="features-heading">{entry.title} is characterised by</h2>
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
