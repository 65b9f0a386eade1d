/**
 * The clinical sections of an entry, in the order readers see them.
 * The Studio schema, the queries, the entry page, the embed and the API all read this list,
 * so adding a section here adds it everywhere.
 */
export const SECTIONS = [
  { key: 'overview', group: 'about', title: 'Overview' },
  { key: 'symptoms', group: 'about', title: 'Signs and symptoms' },
  { key: 'causes', group: 'about', title: 'Causes' },
  { key: 'riskFactors', group: 'about', title: 'Risk factors' },
  { key: 'genetics', group: 'about', title: 'Genetics' },
  { key: 'pathophysiology', group: 'about', title: 'How it develops' },
  { key: 'diagnosis', group: 'diagnosis', title: 'Diagnosis' },
  { key: 'screening', group: 'diagnosis', title: 'Screening' },
  { key: 'prevention', group: 'care', title: 'Prevention' },
  { key: 'treatment', group: 'care', title: 'Treatment and management' },
  { key: 'complications', group: 'care', title: 'Complications' },
  { key: 'outlook', group: 'care', title: 'Outlook (prognosis)' },
  { key: 'epidemiology', group: 'care', title: 'Epidemiology' },
  { key: 'research', group: 'care', title: 'Cures and research' },
] as const

/** Sections are grouped on the page and in the Studio the same way. */
export const SECTION_GROUPS = [
  { name: 'about', title: 'Symptoms and causes' },
  { name: 'diagnosis', title: 'Diagnosis and tests' },
  { name: 'care', title: 'Treatment and outlook' },
] as const

export type SectionKey = (typeof SECTIONS)[number]['key']

export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((s) => s.key)

export function isSectionKey(value: string): value is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(value)
}

export function sectionTitle(key: SectionKey): string {
  return SECTIONS.find((s) => s.key === key)?.title ?? key
}
