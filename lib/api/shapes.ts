/**
 * What the JSON API returns: plain shapes built from the content models, typed by the schemas that the
 * OpenAPI document is generated from (schemas.ts).
 * URLs are absolute; sections come as Portable Text and as HTML.
 */
import type { CategoryNode } from '../content/api'
import { codeSystem, icd10Covers, normalizeCode, type CodeSystemId } from '../domain/codes'
import type { Entry, EntrySummary, MedicalCode } from '../content/models'
import { citationNumbers, hasText, relatedConditions } from '../content/outline'
import { portableTextToHtml } from '../embed/portable-text-html'
import { SECTIONS, type SectionKey } from '../domain/sections'
import { absoluteUrl, pathsIn } from '../site'
import type { Lang } from '../i18n/languages'
import { messages } from '../i18n/messages'
import { helpLevelsIn, reviewDescription } from '../i18n/text'
import { isStaleTranslation } from '../i18n/translation'
import type { z } from 'zod'
import type { ApiCategoryNode, codeSchema, entrySchema, entrySummarySchema } from './schemas'

export function apiCode(c: MedicalCode): z.output<typeof codeSchema> {
  const system = codeSystem(c.system)
  return { system: c.system, systemName: system.name, systemUri: system.uri, code: c.code, label: c.label ?? null }
}

/** The page and API addresses of an entry in a language. */
const entryLinks = (origin: string, slug: string, lang: Lang) => ({
  url: absoluteUrl(origin, pathsIn(lang).entry(slug)),
  apiUrl: absoluteUrl(origin, pathsIn(lang).apiEntry(slug)),
})

export function apiEntrySummary(e: EntrySummary, origin: string): z.output<typeof entrySummarySchema> {
  return {
    slug: e.slug,
    lang: e.lang,
    title: e.title,
    ...entryLinks(origin, e.slug, e.lang),
    alternateNames: e.alternateNames,
    summary: e.summary,
    codes: e.codes.map(apiCode),
    categories: e.categories,
    updatedAt: e._updatedAt ?? null,
    lastReviewed: e.lastReviewed ?? null,
  }
}

export function apiEntry(entry: Entry, origin: string, sections: SectionKey[]): z.output<typeof entrySchema> {
  const numbers = citationNumbers(entry)
  const { lang } = entry
  const t = messages(lang)
  const paths = pathsIn(lang)
  const source = entry.translatedFrom?.source
  return {
    slug: entry.slug,
    lang,
    title: entry.title,
    ...entryLinks(origin, entry.slug, lang),
    embedUrl: absoluteUrl(origin, paths.embed(entry.slug)),
    translations: entry.translations.map((tr) => ({
      lang: tr.lang,
      slug: tr.slug,
      title: tr.title,
      ...entryLinks(origin, tr.slug, tr.lang),
    })),
    translatedFrom: source
      ? {
          lang: source.lang,
          slug: source.slug,
          title: source.title,
          ...entryLinks(origin, source.slug, source.lang),
          sourceUpdatedAt: entry.translatedFrom?.sourceUpdatedAt ?? null,
          stale: isStaleTranslation(entry),
        }
      : null,
    alternateNames: entry.alternateNames,
    summary: entry.summary,
    whenToGetHelp: helpLevelsIn(entry.whenToGetHelp, lang).map((l) => ({
      level: l.key,
      title: l.title,
      action: l.action,
      situations: l.items,
    })),
    features: entry.features,
    codes: entry.codes.map(apiCode),
    categories: entry.categories.map((c) => ({
      slug: c.slug,
      title: c.title,
      url: absoluteUrl(origin, pathsIn(c.lang).category(c.slug)),
    })),
    rarity: entry.rarity ?? null,
    prevalence: entry.prevalence ?? null,
    sections: SECTIONS.filter((s) => sections.includes(s.key) && hasText(entry.sections[s.key])).map((s) => ({
      key: s.key,
      title: t.sections[s.key],
      blocks: entry.sections[s.key],
      html: portableTextToHtml(entry.sections[s.key], {
        origin,
        entrySlug: entry.slug,
        lang,
        citationNumbers: numbers,
      }),
    })),
    typicalTests: entry.typicalTests,
    differentialDiagnoses: entry.differentialDiagnoses.map((d) => ({
      slug: d.condition.slug,
      lang: d.condition.lang,
      title: d.condition.title,
      ...entryLinks(origin, d.condition.slug, d.condition.lang),
      distinguishingFeatures: d.distinguishingFeatures ?? null,
    })),
    relatedConditions: relatedConditions(entry).map((r) => ({
      slug: r.slug,
      lang: r.lang,
      title: r.title,
      ...entryLinks(origin, r.slug, r.lang),
      direction: r.direction,
      labels: r.labels,
      note: r.note ?? null,
    })),
    references: entry.references.map((r, i) => ({ number: i + 1, ...r, _key: undefined })),
    images: entry.images.map((img) => ({ ...img, url: img.url.startsWith('/') ? `${origin}${img.url}` : img.url })),
    review: {
      kind: entry.reviewKind ?? null,
      description: entry.lastReviewed ? reviewDescription(entry, lang) : null,
      lastReviewed: entry.lastReviewed ?? null,
      nextReview: entry.nextReview ?? null,
      reviewer: entry.reviewer ?? null,
    },
    updatedAt: entry._updatedAt ?? null,
  }
}

export function apiCategoryTree(nodes: CategoryNode[], origin: string, lang: Lang): ApiCategoryNode[] {
  return nodes.map((n) => ({
    slug: n.slug,
    title: n.title,
    url: absoluteUrl(origin, pathsIn(lang).category(n.slug)),
    description: n.description ?? null,
    specialty: n.specialty ?? null,
    entryCount: n.entryCount,
    children: apiCategoryTree(n.children, origin, lang),
  }))
}

/** Entries coded with `code` in `system`; for ICD-10-CM also entries coded beneath it (E83.5 finds E83.59). */
export function lookupByCode(entries: EntrySummary[], system: CodeSystemId, code: string) {
  const wanted = normalizeCode(system, code)
  const matches = (candidate: string) => (system === 'icd10cm' ? icd10Covers(wanted, candidate) : candidate === wanted)
  return entries
    .map((e) => ({
      entry: e,
      matched: e.codes.filter((c) => c.system === system && matches(normalizeCode(system, c.code))),
    }))
    .filter((m) => m.matched.length > 0)
}
