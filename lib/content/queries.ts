/**
 * Every GROQ query the site runs. Both sources (the Content Lake and local groq-js) run exactly these texts.
 * Joins happen here (`->`), not in JavaScript.
 */
import { defineQuery } from 'groq'
import { SECTIONS } from '../domain/sections'

const SLUG_DEFINED = 'defined(slug.current)'

/** Portable Text with inline entry links resolved to their current title and slug. */
const portableText = (field: string) =>
  `${field}[]{..., markDefs[]{..., _type == "entryLink" => {"slug": entry->slug.current, "title": entry->title}}}`

const LINKED_ENTRY = `{_id, title, "slug": slug.current}`

const WHEN_TO_GET_HELP = 'whenToGetHelp{emergency, urgent, routine}'

export const ENTRY_QUERY = defineQuery(`*[_type == "disease" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  alternateNames,
  summary,
  ${WHEN_TO_GET_HELP},
  features,
  "categories": categories[]->{_id, title, "slug": slug.current, "parent": parent->{title, "slug": slug.current}},
  codes[]{system, code, label},
  subtypes[]{name, description},
  rarity,
  prevalence,
  "sections": {${SECTIONS.map((s) => `"${s.key}": ${portableText(s.key)}`).join(', ')}},
  typicalTests[]{name, purpose},
  "differentialDiagnoses": differentialDiagnoses[]{distinguishingFeatures, "condition": condition->${LINKED_ENTRY}},
  "associatedConditions": associatedConditions[]{relationship, note, "condition": condition->${LINKED_ENTRY}},
  "mentionedBy": *[_type == "disease" && ${SLUG_DEFINED} && references(^._id)] | order(title asc) {
    _id, title, "slug": slug.current,
    "relationships": associatedConditions[condition._ref == ^.^._id].relationship,
    "asDifferential": count(differentialDiagnoses[condition._ref == ^.^._id]) > 0
  },
  images[]{alt, caption, credit, licence, "url": asset->url, "width": asset->metadata.dimensions.width, "height": asset->metadata.dimensions.height},
  videos[]{provider, videoId, title},
  references[]{_key, authors, title, journal, publisher, year, url, doi, pmid},
  lastReviewed,
  nextReview,
  reviewKind,
  "reviewer": reviewer->{name, credentials, affiliation}
}`)

/** One row per entry, for A–Z, the home page, feeds, the sitemap, search and the API list. */
const ENTRY_SUMMARY = `{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  alternateNames,
  summary,
  ${WHEN_TO_GET_HELP},
  codes[]{system, code, label},
  "categories": categories[]->slug.current,
  rarity,
  lastReviewed,
  nextReview,
  "links": associatedConditions[]{relationship, "slug": condition->slug.current}
}`

// No slug filter here: a document without a usable slug is selected, fails validation and is logged.
export const ENTRY_INDEX_QUERY = defineQuery(`*[_type == "disease"] | order(title asc) ${ENTRY_SUMMARY}`)

/** The index rows of some entries only: what an entry page needs to check its links resolve. */
export const ENTRY_SUMMARIES_QUERY = defineQuery(
  `*[_type == "disease" && slug.current in $slugs] | order(title asc) ${ENTRY_SUMMARY}`,
)

export const ENTRY_SLUGS_QUERY = defineQuery(`*[_type == "disease" && ${SLUG_DEFINED}].slug.current`)

export const CATEGORY_QUERY = defineQuery(`*[_type == "category" && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  description,
  specialty,
  "parent": parent->{title, "slug": slug.current},
  "children": *[_type == "category" && parent._ref == ^._id && ${SLUG_DEFINED}] | order(title asc) {
    title, "slug": slug.current, description,
    "entryCount": count(*[_type == "disease" && references(^._id)])
  },
  "entries": *[_type == "disease" && ${SLUG_DEFINED} && references(^._id)] | order(title asc) {
    _id, title, "slug": slug.current, summary
  }
}`)

export const CATEGORIES_QUERY = defineQuery(`*[_type == "category" && ${SLUG_DEFINED}] | order(title asc) {
  _id,
  title,
  "slug": slug.current,
  description,
  specialty,
  "parent": parent._ref,
  "entryCount": count(*[_type == "disease" && ${SLUG_DEFINED} && references(^._id)])
}`)

/** Whether an address exists: a cheap, exact question asked before a page is rendered for the first time. */
export const SLUG_EXISTS_QUERY = defineQuery(`count(*[_type == $type && slug.current == $slug]) > 0`)

/** A changed document as it is now, and the documents around it: what a publish can alter. */
export const CHANGED_DOCUMENT_QUERY = defineQuery(`{
  "current": *[_id == $id][0],
  "referencedBy": *[references($id)]{_id, _type, "slug": slug.current}
}`)

export const DOCUMENTS_BY_ID_QUERY = defineQuery(`*[_id in $ids]{_id, _type, "slug": slug.current}`)
