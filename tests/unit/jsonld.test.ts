/**
 * The entry page's structured data: parsed and checked for types and properties.
 */
import { entryJsonLd, jsonLdScript } from '../../lib/seo/jsonld'
import type { Entry } from '../../lib/content/models'
import { localApi } from '../support/content'

let entry: Entry

beforeAll(async () => {
  entry = (await localApi().api.getEntry('calciphylaxis')) as Entry
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- structured data is checked as parsed JSON
type Json = any

describe('JSON-LD of an entry page', () => {
  it('is a MedicalWebPage about a MedicalCondition, with the structured fields', () => {
    const [page, crumbs] = JSON.parse(
      `[${entryJsonLd(entry, 'https://example.org').map(jsonLdScript).join(',')}]`,
    ) as Json[]
    expect(page['@context']).toBe('https://schema.org')
    expect(page['@type']).toBe('MedicalWebPage')
    expect(page.url).toBe('https://example.org/diseases/calciphylaxis')
    expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // An editorial review names no reviewer: reviewedBy reads as a medical review.
    expect(entry.reviewKind).toBe('editorial')
    expect(Object.keys(page)).not.toContain('reviewedBy')
    const clinical = JSON.parse(
      jsonLdScript(
        entryJsonLd(
          {
            ...entry,
            reviewKind: 'clinical',
            reviewer: { name: 'Dr A. Example', credentials: 'MD', affiliation: undefined },
          },
          'https://example.org',
        )[0],
      ),
    ) as Json
    expect(clinical.reviewedBy).toEqual({ '@type': 'Person', name: 'Dr A. Example' })
    expect(page.citation.length).toBe(entry.references.length)
    expect(page.citation[0]).toMatchObject({ '@type': 'CreativeWork', name: expect.any(String) })

    const c = page.about
    expect(c['@type']).toBe('MedicalCondition')
    expect(c.name).toBe('Calciphylaxis')
    expect(c.alternateName).toContain('Calcific uraemic arteriolopathy')
    expect(c.code).toEqual([{ '@type': 'MedicalCode', codeValue: 'E83.59', codingSystem: 'ICD-10-CM' }])
    expect(c.signOrSymptom[0]['@type']).toBe('MedicalSignOrSymptom')
    expect(c.riskFactor.map((r: Json) => r.name)).toEqual(expect.arrayContaining(['Obesity']))
    expect(c.riskFactor[0]['@type']).toBe('MedicalRiskFactor')
    expect(c.cause.map((r: Json) => r.name)).toContain('Primary hyperparathyroidism')
    expect(c.possibleComplication).toContain('Cellulitis')
    expect(c.possibleTreatment.length).toBeGreaterThan(0)
    expect(c.possibleTreatment[0]['@type']).toBe('MedicalTherapy')
    expect(c.typicalTest.map((t: Json) => t['@type'])).toEqual(entry.typicalTests.map(() => 'MedicalTest'))
    expect(c.differentialDiagnosis[0]).toMatchObject({
      '@type': 'DDxElement',
      diagnosis: { '@type': 'MedicalCondition' },
    })
    expect(typeof c.epidemiology).toBe('string')

    expect(crumbs['@type']).toBe('BreadcrumbList')
    expect(crumbs.itemListElement.map((i: Json) => i.position)).toEqual([1, 2, 3, 4])
    expect(crumbs.itemListElement.at(-1)).toMatchObject({
      name: 'Calciphylaxis',
      item: 'https://example.org/diseases/calciphylaxis',
    })
  })

  it('cannot close its script element, whatever the content', () => {
    const hostile = { ...entry, title: '</script><script>alert(1)</script>' }
    const text = jsonLdScript(entryJsonLd(hostile, 'https://example.org')[0])
    expect(text).not.toContain('</script')
    expect(JSON.parse(text).name).toBe(hostile.title)
  })
})
