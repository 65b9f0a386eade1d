/**
 * The Presentation tool: editors see their draft on the real page. Locations tell an editor, from any
 * document, every page that shows it:
 * - an entry: its page, the pages of the entries that link to it, A–Z, and its categories' pages;
 * - a category: its page, the category list, and the pages of its entries (each names its categories);
 * - a reviewer: the pages of the entries they reviewed.
 * Each list is one GROQ query (LOCATION_QUERIES) that Presentation keeps live as documents change; the same
 * queries are tested over the bundled dataset (tests/studio/presentation.test.ts).
 */
import type { DocumentLocationResolver, PresentationPluginOptions } from 'sanity/presentation'
import { defineDocuments } from 'sanity/presentation'
import { studioEnv } from '../lib/env'
import { paths, routePatterns } from '../lib/site'

/** An entry as a location; `$entries` is the A–Z address, so the query writes no address itself. */
const ENTRY_LOCATION = `{ "title": coalesce(title, "Untitled entry"), "href": $entries + "/" + slug.current }`

/** For each document type, the query of its locations; `$id` is the published id. */
export const LOCATION_QUERIES: Record<string, string> = {
  disease: `*[_id == $id][0]{
    "locations": (
      [${ENTRY_LOCATION}]
      + (*[_type == "disease" && _id != ^._id && references(^._id)] | order(title asc) ${ENTRY_LOCATION})
      + [{ "title": "Diseases A–Z", "href": $entries }]
      + coalesce(categories[]->{ "title": coalesce(title, "Untitled category"), "href": $categories + "/" + slug.current }, [])
    )[defined(href)]
  }`,
  category: `*[_id == $id][0]{
    "locations": (
      [{ "title": coalesce(title, "Untitled category"), "href": $categories + "/" + slug.current },
       { "title": "Categories", "href": $categories }]
      + (*[_type == "disease" && references(^._id)] | order(title asc) ${ENTRY_LOCATION})
    )[defined(href)]
  }`,
  person: `*[_id == $id][0]{
    "locations": (*[_type == "disease" && reviewer._ref == ^._id] | order(title asc) ${ENTRY_LOCATION})[defined(href)]
  }`,
}

/** The addresses the queries build on, from lib/site.ts. */
export const LOCATION_PARAMS = { entries: paths.entries(), categories: paths.categories() }

/** The published id of a draft (drafts.<id>) or of a version in a release (versions.<release>.<id>). */
const publishedId = (id: string) => id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '')

/** Presentation's resolver: the query of the document's type, kept live, seen as the editor sees it. */
export const presentationLocations: DocumentLocationResolver = ({ id, type, perspectiveStack }, { documentStore }) => {
  const query = LOCATION_QUERIES[type]
  if (!query) return null
  const perspective = perspectiveStack.length > 0 ? perspectiveStack : 'drafts'
  // listenQuery's results are untyped; each query returns a DocumentLocationsState (or null: no such document).
  return documentStore.listenQuery(query, { ...LOCATION_PARAMS, id: publishedId(id) }, { perspective }) as ReturnType<
    typeof documentStore.listenQuery
  >
}

export const presentationResolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    { route: routePatterns.entry, filter: `_type == "disease" && slug.current == $slug` },
    { route: routePatterns.category, filter: `_type == "category" && slug.current == $slug` },
  ]),
  locations: presentationLocations,
}

/** The site the Presentation tool previews, and its route that turns draft mode on. */
export const presentationPreviewUrl: PresentationPluginOptions['previewUrl'] = {
  origin: studioEnv().previewOrigin,
  previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
}
