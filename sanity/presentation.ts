/**
 * The Presentation tool: editors see their draft on the real page. Locations tell an editor, from a
 * document, every page where it is shown (its own page, and the entries that link to it).
 */
import { defineDocuments, defineLocations, type PresentationPluginOptions } from 'sanity/presentation'
import { studioEnv } from '../lib/env'
import { paths, routePatterns } from '../lib/site'

export const presentationResolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    { route: routePatterns.entry, filter: `_type == "disease" && slug.current == $slug` },
    { route: routePatterns.category, filter: `_type == "category" && slug.current == $slug` },
  ]),
  locations: {
    disease: defineLocations({
      select: {
        title: 'title',
        slug: 'slug.current',
      },
      resolve: (doc) => ({
        locations: [
          { title: doc?.title || 'Untitled entry', href: paths.entry(doc?.slug ?? '') },
          { title: 'Diseases A–Z', href: paths.entries() },
        ],
      }),
    }),
    category: defineLocations({
      select: { title: 'title', slug: 'slug.current' },
      resolve: (doc) => ({
        locations: [
          { title: doc?.title || 'Untitled category', href: paths.category(doc?.slug ?? '') },
          { title: 'Categories', href: paths.categories() },
        ],
      }),
    }),
  },
}

/** The site the Presentation tool previews, and its route that turns draft mode on. */
export const presentationPreviewUrl: PresentationPluginOptions['previewUrl'] = {
  origin: studioEnv().previewOrigin,
  previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
}
