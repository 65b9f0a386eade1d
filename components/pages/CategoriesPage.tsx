import Link from 'next/link'
import { CategoryTree } from '@/components/lists/CategoryTree'
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { groupBySpecialty } from '@/components/lists/lists'
import { getCategories, getCategoryTree } from '@/lib/content'
import { listAlternates } from '@/lib/i18n/alternates'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { listMetadata } from '@/lib/seo/metadata'
import { pathsIn } from '@/lib/site'

export const categoriesMetadata = (lang: Lang) => listMetadata(lang, (p) => p.categories(), messages(lang).categories)

export async function CategoriesPage({ lang }: { lang: Lang }) {
  const [tree, categories] = await Promise.all([getCategoryTree(lang), getCategories(lang)])
  const specialties = groupBySpecialty(categories, lang)
  const t = messages(lang).categories
  const paths = pathsIn(lang)
  return (
    <>
      <LanguageSwitcher lang={lang} alternates={listAlternates((p) => p.categories())} />
      <h1>{t.title}</h1>
      <p className="prose">{t.intro}</p>
      {tree.length ? <CategoryTree nodes={tree} lang={lang} /> : <p>{t.empty}</p>}
      {specialties.length > 0 && (
        <section aria-labelledby="by-specialty">
          <h2 id="by-specialty">{t.bySpecialty}</h2>
          <dl className="specialties">
            {specialties.map(([specialty, categories]) => (
              <div key={specialty}>
                <dt>{specialty}</dt>
                <dd>
                  {categories.map((c, i) => (
                    <span key={c.slug}>
                      {i > 0 && ' · '}
                      <Link href={paths.category(c.slug)}>{c.title}</Link>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  )
}
