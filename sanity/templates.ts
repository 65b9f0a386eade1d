/**
 * Initial value templates: a new entry starts with its review date set and its sections laid out in reader
 * order, so the form reads like the page it will become.
 */
import type { Template, TemplateResolver } from 'sanity'
import { SECTIONS, type SectionKey } from '../lib/domain/sections'
import { addYears, isoDate } from './review'

export const ENTRY_TEMPLATE_ID = 'disease'
export const ENTRY_IN_CATEGORY_TEMPLATE_ID = 'disease-in-category'

export type NewEntryValue = {
  nextReview: string
  categories?: { _type: 'reference'; _ref: string; _key: string }[]
} & Record<SectionKey, []>

/**
 * "Last reviewed" stays empty (the entry has not been reviewed yet, and publishing needs that date); the next
 * review is due a year from today. Every clinical section is present, empty, in the order readers see them.
 */
export function newEntryValue(today: Date, categoryId?: string): NewEntryValue {
  const sections = Object.fromEntries(SECTIONS.map((s) => [s.key, []])) as Record<SectionKey, []>
  return {
    ...sections,
    nextReview: isoDate(addYears(today, 1)),
    ...(categoryId ? { categories: [{ _type: 'reference', _ref: categoryId, _key: 'category' }] } : {}),
  }
}

const entryTemplate: Template = {
  // Same id as the default template, so every "new entry" (menus, reference fields) starts from it.
  id: ENTRY_TEMPLATE_ID,
  title: 'Disease entry',
  schemaType: 'disease',
  value: () => newEntryValue(new Date()),
}

const entryInCategoryTemplate: Template<{ categoryId: string }> = {
  id: ENTRY_IN_CATEGORY_TEMPLATE_ID,
  title: 'Disease entry in this category',
  schemaType: 'disease',
  // A parameter keeps it out of the global "Create" menu; the by-category lists pass their category.
  parameters: [{ name: 'categoryId', title: 'Category id', type: 'string' }],
  value: ({ categoryId }: { categoryId: string }) => newEntryValue(new Date(), categoryId),
}

export const templates: TemplateResolver = (previous) => [
  ...previous.filter((t) => t.id !== ENTRY_TEMPLATE_ID),
  entryTemplate,
  entryInCategoryTemplate,
]
