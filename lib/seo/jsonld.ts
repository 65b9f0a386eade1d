/**
 * Structured data for an entry page: a schema.org MedicalWebPage about a MedicalCondition, and a
 * BreadcrumbList, typed with schema-dts. Everything comes from the structured fields, not from scraping prose,
 * except treatments, which are the bold lead-ins of the treatment section's list items.
 */
import { clean } from '../content/stega'
import type { BreadcrumbList, MedicalCondition, MedicalWebPage, WithContext } from 'schema-dts'
import { codeSystem } from '../domain/codes'
import type { Entry, PortableTextBody } from '../content/models'
import { isClinicalReview } from '../domain/review-kinds'
import { SITE_NAME, pathsIn } from '../site'
import { SOURCE_LANGUAGE, type Lang } from '../i18n/languages'
import { messages } from '../i18n/messages'

function plainText(blocks: PortableTextBody): string {
  return blocks
    .map((b) => b.children.map((c) => c.text).join(''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** schema.org prefers a property absent to empty. */
function nonEmpty<K extends string, V>(key: K, values: V[]): { [P in K]?: V[] } {
  return (values.length ? { [key]: values } : {}) as { [P in K]?: V[] }
}

/** "**Wound care**: …" list items → "Wound care". */
function leadIns(blocks: PortableTextBody): string[] {
  return blocks
    .filter((b) => b.listItem && b.children[0]?.marks.includes('strong'))
    .map((b) => b.children[0].text.replace(/[:.\s]+$/, '').trim())
    .filter((t) => t.length > 1 && t.length < 80)
}

export function entryJsonLd(entry: Entry, origin: string): [WithContext<MedicalWebPage>, WithContext<BreadcrumbList>] {
  const paths = pathsIn(entry.lang)
  const t = messages(entry.lang)
  const url = `${origin}${paths.entry(entry.slug)}`
  const pageOf = (page: { lang: Lang; slug: string }) => `${origin}${pathsIn(page.lang).entry(page.slug)}`
  const conditionRef = (page: { lang: Lang; slug: string }, name: string): MedicalCondition => ({
    '@type': 'MedicalCondition',
    name,
    url: pageOf(page),
  })
  const epidemiology = plainText(entry.sections.epidemiology)

  const condition: MedicalCondition = {
    '@type': 'MedicalCondition',
    name: entry.title,
    url,
    description: entry.summary,
    ...(entry.alternateNames.length ? { alternateName: entry.alternateNames } : {}),
    ...(entry.codes.length
      ? {
          code: entry.codes.map((c) => ({
            '@type': 'MedicalCode' as const,
            codeValue: c.code,
            codingSystem: codeSystem(c.system).name,
          })),
        }
      : {}),
    ...(entry.features.length
      ? { signOrSymptom: entry.features.map((f) => ({ '@type': 'MedicalSignOrSymptom' as const, name: f })) }
      : {}),
    ...nonEmpty(
      'cause',
      // Another entry that lists this one as its complication is a cause of it.
      entry.mentionedBy
        .filter((m) => m.relationships.includes('complication'))
        .map((m) => ({ '@type': 'MedicalCause' as const, name: m.title, url: pageOf(m) })),
    ),
    ...nonEmpty(
      'riskFactor',
      entry.associatedConditions
        .filter((a) => a.relationship === 'riskFactor')
        .map((a) => ({
          '@type': 'MedicalRiskFactor' as const,
          name: a.condition.title,
          url: pageOf(a.condition),
        })),
    ),
    ...nonEmpty(
      'possibleComplication',
      entry.associatedConditions.filter((a) => a.relationship === 'complication').map((a) => a.condition.title),
    ),
    ...nonEmpty(
      'possibleTreatment',
      leadIns(entry.sections.treatment).map((name) => ({ '@type': 'MedicalTherapy' as const, name })),
    ),
    ...nonEmpty(
      'typicalTest',
      entry.typicalTests.map((t) => ({ '@type': 'MedicalTest' as const, name: t.name, description: t.purpose })),
    ),
    ...nonEmpty(
      'differentialDiagnosis',
      entry.differentialDiagnoses.map((d) => ({
        '@type': 'DDxElement' as const,
        diagnosis: conditionRef(d.condition, d.condition.title),
        ...(d.distinguishingFeatures
          ? { distinguishingSign: { '@type': 'MedicalSignOrSymptom' as const, name: d.distinguishingFeatures } }
          : {}),
      })),
    ),
    ...(epidemiology ? { epidemiology: epidemiology.slice(0, 1000) } : {}),
  }

  const page: WithContext<MedicalWebPage> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: entry.title,
    url,
    description: entry.summary,
    inLanguage: entry.lang,
    isPartOf: {
      '@type': 'WebSite',
      name: SITE_NAME,
      url: `${origin}${entry.lang === SOURCE_LANGUAGE ? '/' : paths.home()}`,
    },
    // A translation names the page it was translated from (schema.org translationOfWork).
    ...(entry.translatedFrom?.source ? { translationOfWork: { '@id': pageOf(entry.translatedFrom.source) } } : {}),
    about: condition,
    ...(entry.lastReviewed ? { lastReviewed: entry.lastReviewed } : {}),
    ...(entry._updatedAt ? { dateModified: entry._updatedAt } : {}),
    // reviewedBy reads as a medical review: only a clinical review names its reviewer here.
    ...(entry.reviewer && isClinicalReview(entry)
      ? {
          reviewedBy: {
            '@type': /team|editor/i.test(entry.reviewer.name) ? ('Organization' as const) : ('Person' as const),
            name: entry.reviewer.name,
          },
        }
      : {}),
    ...(entry.references.length
      ? {
          citation: entry.references.map((r) => ({
            '@type': 'CreativeWork' as const,
            name: r.title,
            ...(r.authors ? { author: r.authors } : {}),
            ...(r.year ? { datePublished: String(r.year) } : {}),
            ...(r.journal || r.publisher ? { publisher: r.journal ?? r.publisher } : {}),
            ...(r.url
              ? { url: r.url }
              : r.doi
                ? { url: `https://doi.org/${r.doi}` }
                : r.pmid
                  ? { url: `https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/` }
                  : {}),
          })),
        }
      : {}),
  }

  const crumbs = [
    { name: t.nav.home, item: `${origin}${entry.lang === SOURCE_LANGUAGE ? '/' : paths.home()}` },
    { name: t.nav.az, item: `${origin}${paths.entries()}` },
    ...(entry.categories[0]
      ? [
          {
            name: entry.categories[0].title,
            item: `${origin}${pathsIn(entry.categories[0].lang).category(entry.categories[0].slug)}`,
          },
        ]
      : []),
    { name: entry.title, item: url },
  ]
  const breadcrumbs: WithContext<BreadcrumbList> = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.item })),
  }
  return [page, breadcrumbs]
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script element. */
export function jsonLdScript(data: unknown): string {
  // Machine-read: never the draft preview's edit links (lib/content/stega.ts).
  return JSON.stringify(clean(data))
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
