/**
 * The reader interface's words in English: every page, the embed and the feeds read them from here (through
 * lib/i18n/messages.ts), and every other language has the same keys (lib/i18n/messages/<lang>.ts).
 */
import { HELP_LEVELS, HELP_TITLE, type HelpLevelKey } from '../../domain/help'
import { RARITIES, RELATIONSHIPS, type Rarity, type RelationshipKind } from '../../domain/relationships'
import { SECTIONS, type SectionKey } from '../../domain/sections'
import type { Lang } from '../languages'
import { FALLBACK_WORDS } from './fallback'
import { MEDICAL_DISCLAIMER, SITE_DESCRIPTION, SITE_NAME } from '../../site'

// The words the Studio shows editors too (section titles, help levels, relationships) are written once, in
// lib/domain; this file gathers them with the rest of the interface.
function record<T, K extends string, V>(items: readonly T[], key: (item: T) => K, value: (item: T) => V): Record<K, V> {
  return Object.fromEntries(items.map((item) => [key(item), value(item)])) as Record<K, V>
}

/** Short edge labels in the pictures, from the entry's point of view. */
const EDGE: Record<RelationshipKind, string> = {
  occursIn: 'occurs in',
  riskFactor: 'risk factor',
  complication: 'complication',
  similarPresentation: 'looks similar',
  differentialDiagnosis: 'differential',
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const en = {
  site: {
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    disclaimer: MEDICAL_DISCLAIMER,
    skipLink: 'Skip to content',
    feedTitle: (site: string) => `${site}: recently updated entries`,
  },
  nav: {
    main: 'Main',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    az: 'Diseases A–Z',
    categories: 'Categories',
    explore: 'Explore',
  },
  language: {
    /** The switcher's label: "Read this page in". */
    switcher: 'Languages',
    readIn: 'This page in',
    notTranslated: (name: string) => `${name}: not translated yet`,
    /** After a link to a page in another language: "(in English)". */
    inLanguage: (name: string) => `in ${name}`,
    /** Each language's name in this language. */
    names: { en: 'English', es: 'Spanish' } as Record<Lang, string>,
    staleTitle: 'The English version of this page has changed since this translation',
    staleBody: 'This translation may not include the latest changes.',
    staleLink: 'Read the English version',
    translationNote: (source: string) => `Translated from the English entry “${source}”.`,
  },
  search: {
    title: 'Search',
    description: 'Search the encyclopedia by name, other name or clinical code.',
    ...FALLBACK_WORDS.en.search,
    placeholder: 'Search diseases, names or codes',
    suggestions: 'Suggestions',
    hint: 'Search by name, other name, symptom words or a clinical code such as E83.59. Spelling mistakes and British or American spellings are fine.',
    results: (n: number, q: string) => `${n === 0 ? 'No results' : plural(n, 'result', 'results')} for “${q}”`,
    tryOther: 'Try fewer or different words, or browse',
    allAz: 'all diseases from A to Z',
    alsoKnownAs: (name: string) => `Also known as ${name}`,
  },
  home: {
    lead: 'A free encyclopedia of diseases, written in plain language and structured like a medical reference: what each condition is, how it shows itself, how it is diagnosed and treated, how it connects to other conditions, and the sources behind every statement.',
    count: (n: number) => `${plural(n, 'entry', 'entries')} so far.`,
    browse: ['Browse them', 'from A to Z', 'or', 'by category', ', or use the search box.'] as [
      string,
      string,
      string,
      string,
      string,
    ],
    embedNote: 'Clinics, patient groups and apps can embed any entry or look entries up by clinical code.',
    recent: 'Recently reviewed',
    reviewed: 'Reviewed',
    byCategory: 'Browse by category',
  },
  az: {
    title: 'Diseases A–Z',
    description: 'Every disease entry in the encyclopedia, from A to Z.',
    letters: 'Letters',
    empty: 'There are no entries yet.',
    also: (names: string) => `Also: ${names}`,
    /** A–Z by letter, when it is paged: the letter's page ("#": titles that begin with no letter). */
    letterTitle: (letter: string) => `Diseases A–Z: ${letter === '#' ? 'other' : letter}`,
    letterDescription: (letter: string) =>
      letter === '#'
        ? 'The entries whose titles begin with a number or a sign.'
        : `The entries whose titles begin with ${letter}.`,
    letterCount: (n: number) => plural(n, 'entry', 'entries'),
    pages: 'Pages',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    previous: 'Previous page',
    next: 'Next page',
  },
  categories: {
    title: 'Categories',
    description: 'Browse diseases by category and by the specialty that looks after them.',
    intro:
      'Browse entries by the part of the body they affect or the kind of condition they are. Each category names the medical specialty that usually looks after it.',
    empty: 'There are no categories yet.',
    bySpecialty: 'By specialty',
    entryCount: (n: number) => plural(n, 'entry', 'entries'),
    specialty: (s: string) => `Specialty: ${s}`,
    subcategories: 'Subcategories',
    entries: 'Entries',
    noEntries: 'No entries in this category yet.',
    inCategory: (title: string) => `Entries in the category ${title}.`,
    notFound: 'Category not found',
  },
  explore: {
    title: 'Explore how conditions connect',
    description: 'The whole network of conditions in the encyclopedia and the links between them.',
    partial: (drawn: number, all: number) =>
      `The picture and the list below show the ${drawn} most connected of ${all} entries. Every entry:`,
    intro:
      'Every entry is a point; every link an editor recorded between two entries is a line. Bigger points have more links. Select a point to open the entry, or use the list below the picture.',
    graphTitle: 'Network of conditions in the encyclopedia',
    graphDescription: (nodes: number, edges: number) =>
      `${nodes} entries and ${edges} links between them. Each entry and its links are listed below the picture.`,
    connections: 'Connections, entry by entry',
  },
  entry: {
    notFound: 'Entry not found',
    alsoKnownAs: 'Also known as: ',
    codes: 'Codes',
    medicalCodes: 'Medical codes',
    categories: 'Categories',
    howCommon: 'How common',
    characterisedBy: (title: string) => `${title} is characterised by`,
    types: 'Types',
    tests: 'Tests that are often used',
    test: 'Test',
    whatItShows: 'What it shows',
    lookSimilar: 'Conditions that can look similar',
    condition: 'Condition',
    howItDiffers: 'How it differs',
    onThisPage: 'On this page',
    media: 'Pictures and video',
    video: (provider: string) => `Video on ${provider}`,
    related: 'Related conditions',
    graphTitle: (title: string) => `How ${title} connects to other conditions`,
    graphDescription: (title: string, n: number, list: string) =>
      `${title} is linked to ${plural(n, 'condition', 'conditions')}: ${list}. The same links are listed below.`,
    graphLegend:
      'Lines: solid — occurs in, complication; dashed — risk factor; dotted — looks similar or considered in the diagnosis. Arrows point from the entry that records the link.',
    associated: 'Associated conditions',
    mentionedBy: 'Entries that mention this one',
    mentions: 'Mentions this condition',
    references: 'References',
    reference: (n: number) => `Reference ${n}`,
    disclaimerTitle: 'Medical disclaimer. ',
    lastReviewed: 'Last reviewed on',
    nextReview: 'Next review due:',
    notReviewed: 'This entry has not been reviewed yet.',
  },
  sections: record(
    SECTIONS,
    (s): SectionKey => s.key,
    (s): string => s.title,
  ),
  help: {
    title: HELP_TITLE,
    levels: record(
      HELP_LEVELS,
      (l): HelpLevelKey => l.key,
      (l): { title: string; action: string; marker: string } => ({
        title: l.title,
        action: l.action,
        marker: l.marker,
      }),
    ),
  },
  relationships: record(
    RELATIONSHIPS,
    (r): RelationshipKind => r.kind,
    (r): { forward: string; inverse: string; edge: string } => ({
      forward: r.forward,
      inverse: r.inverse,
      edge: EDGE[r.kind],
    }),
  ),
  mentionsEdge: 'mentions',
  rarity: record(
    RARITIES,
    (r): Rarity => r.value,
    (r): string => r.title,
  ),
  review: {
    by: (name: string, details: string) => ` by ${name}${details}`,
    editorial: (by: string) => `an editorial review against the cited sources${by}, not a clinical review`,
    clinical: (by: string) => `a clinical review${by}`,
    unknown: (by: string) => `a review${by} (what kind of review was not recorded)`,
  },
  notFound: FALLBACK_WORDS.en.notFound,
  error: FALLBACK_WORDS.en.error,
  unavailable: {
    title: 'Temporarily unavailable',
    heading: 'This page is temporarily unavailable',
    lead: 'We cannot reach our content store just now, and we do not have a saved copy of this page yet. Please try again in a minute.',
    still: ['Pages you have visited before, the', 'A–Z list', 'and the', 'home page', 'are still available.'] as [
      string,
      string,
      string,
      string,
      string,
    ],
  },
  embed: {
    /** Before the site's name: "From the Open Medical Encyclopedia, CC BY 4.0." */
    from: 'From the',
    readFull: 'Read the full entry',
    browse: (site: string) => `Browse the ${site}`,
  },
}

export type Messages = typeof en
