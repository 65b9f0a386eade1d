/**
 * The address (slug) rules shared by entries and categories: a readable format, and uniqueness that names
 * the document already using the slug.
 */
import type { CustomValidator, SlugIsUniqueValidator, SlugValue } from 'sanity'
import { SLUG_OWNER_QUERY, publishedIdOf, slugTakenProblem } from './validation'
import { SOURCE_LANGUAGE, isLang } from '../lib/i18n/languages'
import { pathsIn } from '../lib/site'

const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/

export const slugFormat: CustomValidator<SlugValue | undefined> = (value) => {
  const current = value?.current
  if (current && !SLUG_FORMAT.test(current))
    return `"${current}" is not a valid address: use lower-case letters, digits and single hyphens only (e.g. "chronic-kidney-disease").`
  return true
}

/**
 * Unique within the document's type and language: each language has its own addresses (an English and a
 * Spanish entry may share a slug: two pages). `list` is where documents of this type live on the site.
 */
export function uniqueSlug(list: 'entries' | 'categories'): CustomValidator<SlugValue | undefined> {
  return async (value, context) => {
    const slug = value?.current
    const doc = context.document
    if (!slug || !doc) return true
    const published = publishedIdOf(doc._id)
    const lang = isLang(doc.language) ? doc.language : SOURCE_LANGUAGE
    // `sanity::versionOf` needs API version 2025-02-19 or later; "raw" sees other documents' drafts too.
    const owner = await context
      .getClient({ apiVersion: '2025-02-19' })
      .withConfig({ perspective: 'raw' })
      .fetch<{ _id: string; title?: string | null } | null>(SLUG_OWNER_QUERY, {
        type: doc._type,
        slug,
        published,
        lang,
      })
    return slugTakenProblem(slug, owner, pathsIn(lang)[list]()) ?? true
  }
}

/** Turns off Sanity's default uniqueness check, whose message ("Slug is already in use") names no document. */
export const uniquenessCheckedByRule: SlugIsUniqueValidator = () => true
