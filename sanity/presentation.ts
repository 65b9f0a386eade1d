/**
 * The Presentation tool: editors see their draft on the real page. Locations tell an editor, from a
 * document, every page where it is shown (its own page, and the entries that link to it).
 */
import { defineDocuments, defineLocations, type PresentationPluginOptions } from 'sanity/presentation'

export const presentationResolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    { route: '/diseases/:slug', filter: `_type == "disease" && slug.current == $slug` },
    { route: '/categories/:slug', filter: `_type == "category" && slug.current == $slug` },
  ]),
  locations: {
    disease: defineLocations({
      select: {
        title: 'title',
        slug: 'slug.current',
      },
      resolve: (doc) => ({
        locations: [
          { title: doc?.title || 'Untitled entry', href: `/diseases/${doc?.slug}` },
          { title: 'Diseases A–Z', href: '/diseases' },
        ],
      }),
    }),
    category: defineLocations({
      select: { title: 'title', slug: 'slug.current' },
      resolve: (doc) => ({
        locations: [
          { title: doc?.title || 'Untitled category', href: `/categories/${doc?.slug}` },
          { title: 'Categories', href: '/categories' },
        ],
      }),
    }),
  },
}

/** The site the Presentation tool previews, and its route that turns draft mode on. */
export const presentationPreviewUrl: PresentationPluginOptions['previewUrl'] = {
  origin: process.env.SANITY_STUDIO_PREVIEW_ORIGIN || undefined,
  previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
}
