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
import { SOURCE_LANGUAGE, TRANSLATED_LANGUAGES } from '../lib/i18n/languages'
import { paths, pathsIn, routePatterns, translatedRoutePatterns } from '../lib/site'

/**
 * The A–Z or category list address in the language of the document in scope (`$entries`/`$categories` for
 * the source language), so the queries write no address themselves: each comes from lib/site.ts.
 */
const listIn = (list: 'entries' | 'categories') =>
  `select(${TRANSLATED_LANGUAGES.map((l) => `language == "${l}" => "${pathsIn(l)[list]()}", `).join('')}$${list})`

/** An entry as a location, at its language's address. */
const ENTRY_LOCATION = `{ "title": coalesce(title, "Untitled entry"), "href": ${listIn('entries')} + "/" + slug.current }`
const CATEGORY_LOCATION = `{ "title": coalesce(title, "Untitled category"), "href": ${listIn('categories')} + "/" + slug.current }`
const SAME_LANGUAGE = `coalesce(language, "${SOURCE_LANGUAGE}") == coalesce(^.language, "${SOURCE_LANGUAGE}")`

/**
 * For each document type, the query of its locations; `$id` is the published id. The entries that show an
 * entry are those of its language that link to it; a translation's links point at source-language
 * documents, so for a translation those that link to its source.
 */
export const LOCATION_QUERIES: Record<string, string> = {
  disease: `*[_id == $id][0]{
    "locations": (
      [${ENTRY_LOCATION}]
      + (*[_type == "disease" && _id != ^._id && ${SAME_LANGUAGE} && (references(^._id) || references(^.translatedFrom.source._ref))] | order(title asc) ${ENTRY_LOCATION})
      + [{ "title": "Diseases A–Z", "href": ${listIn('entries')} }]
      + coalesce(categories[]->${CATEGORY_LOCATION}, [])
    )[defined(href)]
  }`,
  category: `*[_id == $id][0]{
    "locations": (
      [${CATEGORY_LOCATION}, { "title": "Categories", "href": ${listIn('categories')} }]
      + (*[_type == "disease" && ${SAME_LANGUAGE} && (references(^._id) || references(^.translatedFrom.source._ref))] | order(title asc) ${ENTRY_LOCATION})
    )[defined(href)]
  }`,
  person: `*[_id == $id][0]{
    "locations": (*[_type == "disease" && reviewer._ref == ^._id] | order(title asc) ${ENTRY_LOCATION})[defined(href)]
  }`,
  // The translation plugin's record of which documents are versions of one another: each version's page.
  'translation.metadata': `*[_id == $id][0]{
    "locations": (translations[]{ "d": value-> }.d{
      "title": coalesce(title, "Untitled"),
      "href": select(_type == "category" => ${listIn('categories')}, ${listIn('entries')}) + "/" + slug.current
    })[defined(href)]
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

const IN_SOURCE = `coalesce(language, "${SOURCE_LANGUAGE}") == "${SOURCE_LANGUAGE}"`

export const presentationResolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    { route: routePatterns.entry, filter: `_type == "disease" && slug.current == $slug && ${IN_SOURCE}` },
    { route: routePatterns.category, filter: `_type == "category" && slug.current == $slug && ${IN_SOURCE}` },
    // The translated pages, `/:lang/…`: the route's parameters are the filter's ($lang, $slug).
    {
      route: translatedRoutePatterns.entry,
      filter: `_type == "disease" && slug.current == $slug && language == $lang`,
    },
    {
      route: translatedRoutePatterns.category,
      filter: `_type == "category" && slug.current == $slug && language == $lang`,
    },
  ]),
  locations: presentationLocations,
}

/** The site the Presentation tool previews, and its route that turns draft mode on. */
export const presentationPreviewUrl: PresentationPluginOptions['previewUrl'] = {
  origin: studioEnv().previewOrigin,
  previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
}
