import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EntryArticle } from '@/components/entry/EntryArticle'
import { content, getEntry } from '@/lib/content'
import { prerenderEntries, siteUrl } from '@/lib/env'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { markRendered } from '@/lib/proxy/rendered'
import { entryJsonLd, jsonLdScript } from '@/lib/seo/jsonld'
import { entryMetadata } from '@/lib/seo/metadata'
import { pathsIn } from '@/lib/site'

/**
 * Prerender at most PRERENDER_ENTRIES entries (default 300) per language at build time; the rest render on
 * their first request and are cached from then on. Keeps builds of large datasets short.
 */
export async function entrySlugs(lang: Lang) {
  return (await content.getEntrySlugs(lang)).slice(0, prerenderEntries()).map((slug) => ({ slug }))
}

export async function entryPageMetadata(slug: string, lang: Lang): Promise<Metadata> {
  const entry = await getEntry(slug, lang)
  if (!entry) return { title: messages(lang).entry.notFound, robots: { index: false } }
  return entryMetadata(entry, siteUrl())
}

export async function EntryPage({ slug, lang }: { slug: string; lang: Lang }) {
  const entry = await getEntry(slug, lang)
  if (!entry) notFound()
  markRendered(pathsIn(lang).entry(entry.slug))
  return (
    <>
      {entryJsonLd(entry, siteUrl()).map((data, i) => (
        // JSON-LD is the one place a string becomes markup: jsonLdScript escapes "<" so it cannot close the tag.
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />
      ))}
      <EntryArticle entry={entry} />
    </>
  )
}
