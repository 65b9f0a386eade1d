import Link from 'next/link'
import { CategoryTree } from '@/components/lists/CategoryTree'
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { recentlyReviewed } from '@/components/lists/lists'
import { getCategoryTree, getEntryIndex } from '@/lib/content'
import { listAlternates } from '@/lib/i18n/alternates'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { listMetadata } from '@/lib/seo/metadata'
import { formatDate, pathsIn } from '@/lib/site'

export const homeMetadata = (lang: Lang) =>
  listMetadata(lang, (p) => p.home(), { title: messages(lang).site.name, description: messages(lang).site.description })

export async function HomePage({ lang }: { lang: Lang }) {
  const [entries, tree] = await Promise.all([getEntryIndex(lang), getCategoryTree(lang)])
  const recent = recentlyReviewed(entries, 6)
  const t = messages(lang)
  const paths = pathsIn(lang)
  const [browse, az, or, byCategory, searchBox] = t.home.browse
  return (
    <>
      <LanguageSwitcher lang={lang} alternates={listAlternates((p) => p.home())} />
      <section className="prose" aria-labelledby="intro">
        <h1 id="intro">{t.site.name}</h1>
        <p className="lead">{t.home.lead}</p>
        <p>
          {t.home.count(entries.length)} {browse} <Link href={paths.entries()}>{az}</Link> {or}{' '}
          <Link href={paths.categories()}>{byCategory}</Link>
          {searchBox} {t.home.embedNote}
        </p>
      </section>
      {recent.length > 0 && (
        <section aria-labelledby="recent">
          <h2 id="recent">{t.home.recent}</h2>
          <ul className="card-grid">
            {recent.map((e) => (
              <li key={e.slug} className="card">
                <h3>
                  <Link href={paths.entry(e.slug)}>{e.title}</Link>
                </h3>
                <p className="muted">
                  {t.home.reviewed} <time dateTime={e.lastReviewed}>{formatDate(e.lastReviewed, lang)}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="browse">
        <h2 id="browse">{t.home.byCategory}</h2>
        <CategoryTree nodes={tree} lang={lang} />
      </section>
    </>
  )
}
