/**
 * The Studio's left-hand navigation: where editors find their work. Lists of entries are GROQ filters,
 * exported so that tests can run them over the bundled dataset.
 */
import type { DocumentListBuilder, StructureBuilder, StructureResolver } from 'sanity/structure'
import { REVIEW_DUE_WITHIN_DAYS, reviewDueBy } from './review'
import { ENTRY_IN_CATEGORY_TEMPLATE_ID } from './templates'
import { SOURCE_LANGUAGE, TRANSLATED_LANGUAGES, language } from '../lib/i18n/languages'

const IN_SOURCE = `coalesce(language, "${SOURCE_LANGUAGE}") == "${SOURCE_LANGUAGE}"`

export const ENTRY_FILTERS = {
  /** Entries in the category `$categoryId`. */
  inCategory: `_type == "disease" && $categoryId in categories[]._ref`,
  /** Next review past, or on or before `$dueBy` (today + 30 days); an entry without a date is due too. */
  dueForReview: `_type == "disease" && (!defined(nextReview) || nextReview <= $dueBy)`,
  /** Entries whose last review was not a clinical one (or whose kind of review is not recorded). */
  notClinicallyReviewed: `_type == "disease" && reviewKind != "clinical"`,
  /** No diagnosis section, no references, or no codes. */
  incomplete: `_type == "disease" && (!defined(diagnosis[0]) || !defined(references[0]) || !defined(codes[0]))`,
  /**
   * Documents with unpublished changes. Lists are queried through the Studio's perspective, where a draft
   * carries its published id in `_id` and its draft id in `_originalId`; `_id` covers the raw perspective.
   */
  drafts: `_type in ["disease", "category", "person"] && (_id in path("drafts.**") || _originalId in path("drafts.**"))`,
  /**
   * Translations behind their source: it was published after the version the translation follows (or the
   * translation does not say which version it follows). The page says so to readers too.
   */
  staleTranslations: `_type in ["disease", "category"] && defined(translatedFrom.source) && (!defined(translatedFrom.sourceUpdatedAt) || dateTime(translatedFrom.source->_updatedAt) > dateTime(translatedFrom.sourceUpdatedAt))`,
  /** Entries in the source language with no translation into `$lang` yet. */
  untranslated: `_type == "disease" && ${IN_SOURCE} && !(_id in *[_type == "translation.metadata" && count(translations[language == $lang]) > 0].translations[].value._ref)`,
} as const

const BY_TITLE = [{ field: 'title', direction: 'asc' as const }]
// Lists with their own filter name the API version they were written for (perspectives: 2025-02-19).
const API_VERSION = '2025-02-19'

function entryList(
  S: StructureBuilder,
  id: string,
  title: string,
  filter: string,
  params: Record<string, unknown> = {},
): DocumentListBuilder {
  return S.documentList()
    .id(id)
    .title(title)
    .schemaType('disease')
    .apiVersion(API_VERSION)
    .filter(filter)
    .params(params)
    .defaultOrdering(BY_TITLE)
}

export const structure: StructureResolver = (S) =>
  S.list()
    .id('encyclopedia')
    .title('Encyclopedia')
    .items([
      S.listItem()
        .id('entries')
        .title('Entries A–Z')
        .schemaType('disease')
        .child(S.documentTypeList('disease').id('entries').title('Entries A–Z').defaultOrdering(BY_TITLE)),
      S.listItem()
        .id('entries-by-category')
        .title('Entries by category')
        .child(
          S.documentTypeList('category')
            .id('entries-by-category')
            .title('Entries by category')
            .defaultOrdering(BY_TITLE)
            .child((categoryId) =>
              entryList(S, `category-entries-${categoryId}`, 'Entries', ENTRY_FILTERS.inCategory, { categoryId })
                // "New" here starts an entry already in this category.
                .initialValueTemplates([S.initialValueTemplateItem(ENTRY_IN_CATEGORY_TEMPLATE_ID, { categoryId })]),
            ),
        ),
      S.listItem()
        .id('due-for-review')
        .title('Due for review')
        // A function, so the cut-off date is today's whenever the list is opened.
        .child(() =>
          entryList(
            S,
            'due-for-review',
            `Due for review (next ${REVIEW_DUE_WITHIN_DAYS} days or overdue)`,
            ENTRY_FILTERS.dueForReview,
            {
              dueBy: reviewDueBy(new Date()),
            },
          ).defaultOrdering([{ field: 'nextReview', direction: 'asc' }]),
        ),
      S.listItem()
        .id('not-clinically-reviewed')
        .title('Not clinically reviewed')
        .child(
          entryList(
            S,
            'not-clinically-reviewed',
            'Not clinically reviewed (editorial review only, or not recorded)',
            ENTRY_FILTERS.notClinicallyReviewed,
          ),
        ),
      S.listItem()
        .id('incomplete')
        .title('Incomplete')
        .child(entryList(S, 'incomplete', 'Incomplete (no diagnosis, references or codes)', ENTRY_FILTERS.incomplete)),
      S.listItem()
        .id('drafts')
        .title('Drafts')
        .child(
          S.documentList()
            .id('drafts')
            .title('Drafts (unpublished changes)')
            .apiVersion(API_VERSION)
            .filter(ENTRY_FILTERS.drafts)
            .defaultOrdering([{ field: '_updatedAt', direction: 'desc' }]),
        ),
      S.listItem()
        .id('stale-translations')
        .title('Translations out of date')
        .child(
          S.documentList()
            .id('stale-translations')
            .title('Translations out of date (the English version changed since)')
            .apiVersion(API_VERSION)
            .filter(ENTRY_FILTERS.staleTranslations)
            .defaultOrdering(BY_TITLE),
        ),
      ...TRANSLATED_LANGUAGES.map((lang) =>
        S.listItem()
          .id(`untranslated-${lang}`)
          .title(`Not yet in ${language(lang).title}`)
          .child(
            entryList(
              S,
              `untranslated-${lang}`,
              `Entries not yet translated into ${language(lang).title}`,
              ENTRY_FILTERS.untranslated,
              {
                lang,
              },
            ),
          ),
      ),
      S.divider(),
      S.documentTypeListItem('category').id('categories').title('Categories'),
      S.documentTypeListItem('person').id('reviewers').title('Reviewers'),
    ])
