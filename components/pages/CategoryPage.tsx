import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CategoryView } from '@/components/lists/CategoryView'
import { CATEGORY_PAGE_SIZE, pageCountOf, pageNumberOf } from '@/components/lists/paging'
import { content, getCategory } from '@/lib/content'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { markRendered } from '@/lib/proxy/rendered'
import { categoryMetadata } from '@/lib/seo/metadata'
import { pathsIn } from '@/lib/site'

export async function categorySlugs(lang: Lang) {
  return (await content.getCategories(lang)).map((c) => ({ slug: c.slug }))
}

/** The category and the page of its entries an address names, or null when there is no such page. */
async function shownPage(slug: string, lang: Lang, rawPage?: string) {
  const page = pageNumberOf(rawPage === undefined ? undefined : [rawPage])
  const category = page === null ? null : await getCategory(slug, lang)
  if (!category || page === null) return null
  const pages = pageCountOf(category.entries.length, CATEGORY_PAGE_SIZE)
  return page > pages ? null : { category, page, pages }
}

export async function categoryPageMetadata(slug: string, lang: Lang, rawPage?: string): Promise<Metadata> {
  const shown = await shownPage(slug, lang, rawPage)
  if (!shown) return { title: messages(lang).categories.notFound, robots: { index: false } }
  return categoryMetadata(shown.category, shown)
}

export async function CategoryPage({ slug, lang, page }: { slug: string; lang: Lang; page?: string }) {
  const shown = await shownPage(slug, lang, page)
  if (!shown) notFound()
  markRendered(pathsIn(lang).category(shown.category.slug, shown.page))
  return <CategoryView {...shown} />
}
