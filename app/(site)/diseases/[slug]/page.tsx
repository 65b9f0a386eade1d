import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EntryArticle } from '@/components/entry/EntryArticle'
import { content, getEntry } from '@/lib/content'
import { markRendered } from '@/lib/proxy/rendered'
import { prerenderEntries, siteUrl } from '@/lib/env'
import { entryJsonLd, jsonLdScript } from '@/lib/seo/jsonld'
import { entryMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/site'

// Pages are regenerated on publish (tags); this is the fallback when no publish event arrives.
export const revalidate = 3600
export const dynamicParams = true

type Props = { params: Promise<{ slug: string }> }

/**
 * Prerender at most PRERENDER_ENTRIES entries (default 300) at build time; the rest render on their first
 * request and are cached from then on. Keeps builds of large datasets short.
 */
export async function generateStaticParams() {
  return (await content.getEntrySlugs()).slice(0, prerenderEntries()).map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const entry = await getEntry(slug)
  if (!entry) return { title: 'Entry not found', robots: { index: false } }
  return entryMetadata(entry, siteUrl())
}

export default async function EntryPage({ params }: Props) {
  const { slug } = await params
  const entry = await getEntry(slug)
  if (!entry) notFound()
  markRendered(paths.entry(entry.slug))
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
