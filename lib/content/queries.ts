/**
 * Every GROQ query the site runs. Both sources (the Content Lake and local groq-js) run exactly these texts.
 * Joins happen here (`->`), not in JavaScript.
 */
import { defineQuery } from 'groq'
import { SECTIONS } from '../domain/sections'
import { SOURCE_LANGUAGE } from '../i18n/languages'

const SLUG_DEFINED = 'defined(slug.current)'

/**
 * Every query takes `$lang`. A document's language is its `language` field (set by the Studio's translation
 * plugin); one without it is in the source language. A translation's references point at source-language
 * documents (the plugin starts a translation as a copy), so a reference is shown in the page's language:
 * the referenced document itself when it is in that language, else its translation into it (through the
 * plugin's `translation.metadata` document), else the document as it is (a link to the English page).
 */
const LANG = `coalesce(language, "${SOURCE_LANGUAGE}")`
const IN_LANG = `${LANG} == $lang`
/** The document whose translations a document's pages belong with: its source, or itself for a source. */
const SOURCE_ID = (scope: string) => `coalesce(${scope}translatedFrom.source._ref, ${scope}_id)`

/** The translation plugin's metadata of the document with id `id` (an expression): its set of versions. */
const metadataOf = (id: string) => `*[_type == "translation.metadata" && ${id} in translations[].value._ref][0]`

/**
 * The document a reference points at, in `$lang` where there is a translation. `ref` is a field name or `@`.
 * (`id in translations[].value._ref`, not `references(id)`: groq-js walks every document's whole tree for
 * references(), five times slower here.)
 */
const localized = (ref: string) => {
  const target = ref === '@' ? '@->' : `${ref}->`
  const id = ref === '@' ? '^._ref' : `^.${ref}._ref`
  return `select($lang == "${SOURCE_LANGUAGE}" => ${target}, coalesce(${metadataOf(id)}.translations[language == $lang][0].value->, ${target}))`
}

const LINKED_ENTRY = `{_id, title, "slug": slug.current, "lang": ${LANG}}`

/** Portable Text with inline entry links resolved to their current title and slug, in `$lang` where translated. */
const portableText = (field: string) =>
  `${field}[]{..., markDefs[]{..., _type == "entryLink" => {...(${localized('entry')}{"slug": slug.current, title, "lang": ${LANG}})}}}`

/** The versions of a document in each language (itself included), from the translation plugin's metadata. */
const TRANSLATIONS = `"translations": ${metadataOf('^._id')}.translations[].value->{"lang": ${LANG}, title, "slug": slug.current}`

const WHEN_TO_GET_HELP = 'whenToGetHelp{emergency, urgent, routine}'

/** The fields of an index row that decide whether the lists show the entry (entryShownSchema). */
const LINK_ROW_FIELDS = `_id, "lang": ${LANG}, title, "slug": slug.current, summary`

/**
 * Those fields of an entry and of the entries it links to (conditions, differentials, links in its text;
 * `mentionedBy` carries them itself), so that the page shows only links to entries the lists show, from
 * the same request as the entry: one Content Lake request per entry page.
 */
const LINK_ROWS = `"linkRows": [@, ${['associatedConditions[]', 'differentialDiagnoses[]']
  .map((list) => `...${list}{"c": ${localized('condition')}}.c`)
  .join(', ')}, ${SECTIONS.map(
  (s) => `...${s.key}[].markDefs[_type == "entryLink"]{"c": ${localized('entry')}}.c`,
).join(', ')}][_type == "disease"]{${LINK_ROW_FIELDS}}`

export const ENTRY_QUERY = defineQuery(`*[_type == "disease" && slug.current == $slug && ${IN_LANG}][0]{
  _id,
  _updatedAt,
  "lang": ${LANG},
  ${TRANSLATIONS},
  "translatedFrom": translatedFrom{sourceUpdatedAt, "source": source->{_updatedAt, title, "slug": slug.current, "lang": ${LANG}}},
  title,
  "slug": slug.current,
  alternateNames,
  summary,
  ${WHEN_TO_GET_HELP},
  features,
  "categories": categories[]{"c": ${localized('@')}}.c{_id, title, "slug": slug.current, "lang": ${LANG}, "parent": ${localized('parent')}{title, "slug": slug.current, "lang": ${LANG}}},
  codes[]{system, code, label},
  subtypes[]{name, description},
  rarity,
  prevalence,
  "sections": {${SECTIONS.map((s) => `"${s.key}": ${portableText(s.key)}`).join(', ')}},
  typicalTests[]{name, purpose},
  "differentialDiagnoses": differentialDiagnoses[]{distinguishingFeatures, "condition": ${localized('condition')}${LINKED_ENTRY}},
  "associatedConditions": associatedConditions[]{relationship, note, "condition": ${localized('condition')}${LINKED_ENTRY}},
  "mentionedBy": *[_type == "disease" && ${SLUG_DEFINED} && ${IN_LANG} && _id != ^._id && references(${SOURCE_ID('^.')})] | order(title asc) {
    ${LINK_ROW_FIELDS},
    "relationships": associatedConditions[condition._ref == ${SOURCE_ID('^.^.')}].relationship,
    "asDifferential": count(differentialDiagnoses[condition._ref == ${SOURCE_ID('^.^.')}]) > 0
  },
  images[]{alt, caption, credit, licence, "url": asset->url, "width": asset->metadata.dimensions.width, "height": asset->metadata.dimensions.height},
  videos[]{provider, videoId, title},
  references[]{_key, authors, title, journal, publisher, year, url, doi, pmid},
  lastReviewed,
  nextReview,
  reviewKind,
  "reviewer": reviewer->{name, credentials, affiliation},
  ${LINK_ROWS}
}`)

/** One row per entry, for A–Z, the home page, feeds, the sitemap, search and the API list. */
const ENTRY_SUMMARY = `{
  _id,
  "lang": ${LANG},
  _updatedAt,
  title,
  "slug": slug.current,
  alternateNames,
  summary,
  ${WHEN_TO_GET_HELP},
  codes[]{system, code, label},
  "categories": categories[]{"c": ${localized('@')}}.c.slug.current,
  rarity,
  lastReviewed,
  nextReview,
  "links": associatedConditions[]{relationship, "slug": ${localized('condition')}.slug.current}
}`

// No slug filter here: a document without a usable slug is selected, fails validation and is logged.
export const ENTRY_INDEX_QUERY = defineQuery(`*[_type == "disease" && ${IN_LANG}] | order(title asc) ${ENTRY_SUMMARY}`)

export const ENTRY_SLUGS_QUERY = defineQuery(`*[_type == "disease" && ${SLUG_DEFINED} && ${IN_LANG}].slug.current`)

// A translated category's subcategories and entries refer to its source (references point at the source language).
// An entry is in a category when its `categories` list names it (not references(): see `localized`).
export const CATEGORY_QUERY = defineQuery(`*[_type == "category" && slug.current == $slug && ${IN_LANG}][0]{
  _id,
  "lang": ${LANG},
  ${TRANSLATIONS},
  title,
  "slug": slug.current,
  description,
  specialty,
  "parent": ${localized('parent')}{title, "slug": slug.current, "lang": ${LANG}},
  "children": *[_type == "category" && ${IN_LANG} && parent._ref == ${SOURCE_ID('^.')} && ${SLUG_DEFINED}] | order(title asc) {
    title, "slug": slug.current, description,
    "entryCount": count(*[_type == "disease" && ${IN_LANG} && ${SOURCE_ID('^.')} in categories[]._ref])
  },
  "entries": *[_type == "disease" && ${SLUG_DEFINED} && ${IN_LANG} && ${SOURCE_ID('^.')} in categories[]._ref] | order(title asc) {
    _id, title, "slug": slug.current, summary
  }
}`)

export const CATEGORIES_QUERY =
  defineQuery(`*[_type == "category" && ${SLUG_DEFINED} && ${IN_LANG}] | order(title asc) {
  _id,
  title,
  "slug": slug.current,
  description,
  specialty,
  "parent": ${localized('parent')}._id
}`)

/** Every set of documents that are translations of one another (the translation plugin's metadata). */
export const TRANSLATION_SETS_QUERY = defineQuery(
  `*[_type == "translation.metadata"]{"versions": translations[].value->{_type, "lang": ${LANG}, "slug": slug.current}}`,
)

/** Whether an address exists: a cheap, exact question asked before a page is rendered for the first time. */
export const SLUG_EXISTS_QUERY = defineQuery(`count(*[_type == $type && slug.current == $slug && ${IN_LANG}]) > 0`)

const AROUND = `{_id, _type, "slug": slug.current, "lang": ${LANG}}`

/**
 * A changed document as it is now, and the documents around it: what a publish can alter. Its other
 * language versions count: their pages link to it (language switcher, hreflang).
 */
export const CHANGED_DOCUMENT_QUERY = defineQuery(`{
  "current": *[_id == $id][0],
  "referencedBy": *[references($id) && _type != "translation.metadata"]${AROUND},
  "translations": *[_type == "translation.metadata" && references($id)].translations[].value->${AROUND}
}`)

export const DOCUMENTS_BY_ID_QUERY = defineQuery(`*[_id in $ids]${AROUND}`)

/**
 * The versions in `$lang` of some source-language documents: what a translation's links (which point at
 * sources) show in its own language.
 */
export const TRANSLATIONS_OF_QUERY = defineQuery(
  `*[_type == "translation.metadata" && count(translations[value._ref in $ids]) > 0].translations[language == $lang].value->${AROUND}`,
)

/**
 * The documents in `$lang` that link to a translation's source: their pages show the translation (the
 * reference is resolved to it), so a change to the translation alters them.
 */
export const LINKING_TO_SOURCE_QUERY = defineQuery(
  `*[references($source) && ${IN_LANG} && _type != "translation.metadata" && _id != $id]${AROUND}`,
)
