/**
 * Every validation rule of the Studio schema, each with a document that passes it and one that breaks it,
 * run through sanity's own `validateDocument` in-process (as the Studio and `npm run content:check` do).
 * Rules on categories and reviewers are in validation-other-types.test.ts.
 */
import { CODE_SYSTEMS } from '../../lib/domain/codes'
import type { SanityDocument } from '../../lib/content/sources/dataset'
import { isoDate, addDays } from '../../sanity/review'
import { expectRule, validEntry, validatorWith, type RuleCase } from './fixtures'

type Item = Record<string, unknown>
const items = (doc: SanityDocument, field: string) => doc[field] as Item[]
const item = (doc: SanityDocument, field: string, key: string) => {
  const found = items(doc, field).find((i) => i._key === key)
  if (!found) throw new Error(`no ${field}[${key}]`)
  return found
}
const markDef = (doc: SanityDocument, blockKey: string, defKey: string) =>
  (item(doc, 'overview', blockKey).markDefs as Item[]).find((m) => m._key === defKey) as Item
const ref = (id: string) => ({ _type: 'reference', _ref: id })
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const HARD_SUMMARY =
  'Calciphylaxis, also called calcific uraemic arteriolopathy, is an uncommon but frequently fatal vasculopathy characterised by progressive calcification of cutaneous and subcutaneous arterioles, intimal proliferation, thrombosis and consequent ischaemic necrosis, predominantly affecting individuals with end-stage renal disease receiving maintenance haemodialysis.'

const ENTRY_CASES: RuleCase[] = [
  {
    rule: 'a field the schema does not define is a warning',
    path: 'colour',
    level: 'warning',
    message: /Field 'colour' does not exist on type 'disease'/,
    invalid: (d) => void (d.colour = 'red'),
  },
  // Identity
  { rule: 'title is required', path: 'title', message: /Give the entry a title/, invalid: (d) => void delete d.title },
  {
    rule: 'title is 2–120 characters',
    path: 'title',
    message: /between 2 and 120 characters/,
    valid: (d) => void (d.title = 'Gout'),
    invalid: (d) => void (d.title = 'X'),
  },
  { rule: 'slug is required', path: 'slug', message: /Give the entry an address/, invalid: (d) => void delete d.slug },
  {
    rule: 'slug is lower-case words joined by hyphens',
    path: 'slug',
    message: /"Calciphylaxis skin" is not a valid address: use lower-case letters, digits and single hyphens only/,
    valid: (d) => void (d.slug = { _type: 'slug', current: 'calciphylaxis-2' }),
    invalid: (d) => void (d.slug = { _type: 'slug', current: 'Calciphylaxis skin' }),
  },
  {
    rule: 'slug is unique among entries, and names the entry that has it',
    path: 'slug',
    message:
      /The address \/diseases\/chronic-kidney-disease is already used by "Chronic kidney disease" \(disease-other\)/,
    // Its own draft and a category may share the slug.
    extra: [{ ...validEntry(), _id: 'drafts.disease-test', slug: { _type: 'slug', current: 'kidney-and-urinary' } }],
    valid: (d) => void (d.slug = { _type: 'slug', current: 'kidney-and-urinary' }),
    invalid: (d) => void (d.slug = { _type: 'slug', current: 'chronic-kidney-disease' }),
  },
  {
    rule: 'other names are unique',
    path: /^alternateNames/,
    message: /Each name once/,
    invalid: (d) => void (d.alternateNames = ['CUA', 'CUA']),
  },
  { rule: 'summary is required', path: 'summary', message: /Write a summary/, invalid: (d) => void delete d.summary },
  {
    rule: 'summary has at least 80 characters',
    path: 'summary',
    message: /The summary is 10 characters; write at least 80/,
    invalid: (d) => void (d.summary = 'Too short.'),
  },
  {
    rule: 'summary has at most 700 characters',
    path: 'summary',
    message: /The summary is \d+ characters; keep it under 700/,
    invalid: (d) => void (d.summary = 'It is a rare illness of the skin. '.repeat(25)),
  },
  {
    rule: 'summary above reading grade 9 is a warning',
    path: 'summary',
    level: 'warning',
    message:
      /The summary reads at grade \d+\.\d \(Flesch–Kincaid\); aim for grade 7 \(a 12-year-old reader\) and stay at or below 9/,
    invalid: (d) => void (d.summary = HARD_SUMMARY),
  },
  // When to get help
  {
    rule: 'when to get help is required',
    path: 'whenToGetHelp',
    message: /Add "When to get help": at least one situation under "See a doctor soon" and "Get medical help today"/,
    invalid: (d) => void delete d.whenToGetHelp,
  },
  {
    rule: 'when to get help needs an urgent situation',
    path: 'whenToGetHelp',
    message: /at least one situation under "Get medical help today" \(the emergency level may stay empty/,
    valid: (d) => void ((d.whenToGetHelp as Record<string, unknown>).emergency = []),
    invalid: (d) => void ((d.whenToGetHelp as Record<string, unknown>).urgent = []),
  },
  {
    rule: 'a situation is plain text, not markup',
    path: 'whenToGetHelp.routine[0]',
    message: /wiki link \(\[\[…\]\]\) that readers would see as typed/,
    invalid: (d) =>
      void ((d.whenToGetHelp as Record<string, unknown>).routine = [
        'You have [[chronic-kidney-disease|kidney disease]] and new lumps',
      ]),
  },
  {
    rule: 'a situation is short',
    path: 'whenToGetHelp.urgent[0]',
    message: /Write the situation in 4 to 200 characters/,
    invalid: (d) => void ((d.whenToGetHelp as Record<string, unknown>).urgent = ['x'.repeat(201)]),
  },
  // Markup typed into prose shows as typed (the type-2-diabetes entry had a raw wiki link).
  {
    rule: 'a section paragraph has no wiki link',
    path: 'diagnosis[_key=="d1"]',
    message: /wiki link \(\[\[…\]\]\) that readers would see as typed: use the "Entry link" mark/,
    valid: (d) =>
      void ((d.diagnosis as { children: { text: string }[] }[])[0].children[0].text =
        'A skin biopsy [1] can confirm it (see below).'),
    invalid: (d) =>
      void ((d.diagnosis as { children: { text: string }[] }[])[0].children[0].text =
        'See [[chronic-kidney-disease|kidney disease]].'),
  },
  {
    rule: 'the summary has no HTML tag',
    path: 'summary',
    message: /HTML tag \(<…>\) that readers would see as typed/,
    valid: (d) => void (d.summary = `${String(d.summary)} Calcium levels < 2.6 mmol/L and > 2.2 are normal.`),
    invalid: (d) => void (d.summary = `${String(d.summary)} It is <b>serious</b>.`),
  },
  {
    rule: 'a feature has no Markdown link',
    path: 'features[0]',
    message: /Markdown link \(\[text\]\(address\)\) that readers would see as typed/,
    invalid: (d) => void (d.features = ['painful sores, see [the guide](https://example.org)']),
  },
  // Review as data
  {
    rule: 'the kind of review is required',
    path: 'reviewKind',
    message: /Say what kind of review the entry had: editorial \(against the sources\) or clinical/,
    valid: (d) => void (d.reviewKind = 'clinical'),
    invalid: (d) => void delete d.reviewKind,
  },
  {
    rule: 'a clinical review names its reviewer',
    path: 'reviewer',
    message: /A clinical review needs its reviewer/,
    valid: (d) => void Object.assign(d, { reviewKind: 'editorial', reviewer: undefined }),
    invalid: (d) => void Object.assign(d, { reviewKind: 'clinical', reviewer: undefined }),
  },
  {
    rule: 'at least one feature',
    path: 'features',
    message: /List at least one characteristic feature/,
    invalid: (d) => void (d.features = []),
  },
  {
    rule: 'at least one category',
    path: 'categories',
    message: /Choose at least one category/,
    invalid: (d) => void (d.categories = []),
  },
  {
    rule: 'each category once',
    path: /^categories/,
    message: /Each category once/,
    invalid: (d) =>
      void (d.categories = [
        { ...ref('category-kidney'), _key: 'x1' },
        { ...ref('category-kidney'), _key: 'x2' },
      ]),
  },
  // Codes: one case per system, each message giving the system's example.
  ...CODE_SYSTEMS.map((system): RuleCase => ({
    rule: `${system.name} code format, with an example in the message`,
    path: 'codes[_key=="k1"].code',
    message: new RegExp(`is not a valid ${escape(system.name)} code: expected .*e\\.g\\. ${escape(system.example)}`),
    valid: (d) => void Object.assign(item(d, 'codes', 'k1'), { system: system.id, code: system.example }),
    invalid: (d) => void Object.assign(item(d, 'codes', 'k1'), { system: system.id, code: BAD_CODES[system.id] }),
  })),
  {
    rule: 'a code has a system',
    path: 'codes[_key=="k1"].system',
    message: /Choose the coding system/,
    invalid: (d) => void delete item(d, 'codes', 'k1').system,
  },
  {
    rule: 'a code has a value',
    path: 'codes[_key=="k1"].code',
    message: /Enter the code exactly as its coding system writes it/,
    invalid: (d) => void delete item(d, 'codes', 'k1').code,
  },
  // Sections
  {
    rule: 'a subtype has a name',
    path: 'subtypes[_key=="t1"].name',
    message: /Name the type or subtype/,
    invalid: (d) => void delete item(d, 'subtypes', 't1').name,
  },
  {
    rule: 'links go to safe addresses',
    path: 'overview[_key=="o3"].markDefs[_key=="m3"].href',
    message: /"javascript:alert\(1\)" cannot be linked: use an http\(s\) or mailto: address/,
    valid: (d) => void (markDef(d, 'o3', 'm3').href = '/diseases/gout'),
    invalid: (d) => void (markDef(d, 'o3', 'm3').href = 'javascript:alert(1)'),
  },
  {
    rule: 'a link has an address',
    path: 'overview[_key=="o3"].markDefs[_key=="m3"].href',
    message: /Enter the address the link goes to/,
    invalid: (d) => void delete markDef(d, 'o3', 'm3').href,
  },
  {
    rule: 'a citation mark names a reference',
    path: 'overview[_key=="o1"].markDefs[_key=="m1"].reference',
    message: /Choose which of this entry’s references supports the text/,
    invalid: (d) => void delete markDef(d, 'o1', 'm1').reference,
  },
  {
    rule: 'a link to another entry names the entry',
    path: 'overview[_key=="o2"].markDefs[_key=="m2"].entry',
    message: /Choose the entry this text links to/,
    invalid: (d) => void delete markDef(d, 'o2', 'm2').entry,
  },
  {
    rule: 'a citation mark points at one of the entry’s references',
    path: 'overview[_key=="o1"].markDefs[_key=="m1"].reference',
    message: /No reference with key "nope" in this entry’s References list/,
    valid: (d) => void (markDef(d, 'o1', 'm1').reference = 'r2'),
    invalid: (d) => void (markDef(d, 'o1', 'm1').reference = 'nope'),
  },
  {
    rule: 'a typical test has a name',
    path: 'typicalTests[_key=="tt1"].name',
    message: /Name the test/,
    invalid: (d) => void delete item(d, 'typicalTests', 'tt1').name,
  },
  {
    rule: 'a typical test says what it shows',
    path: 'typicalTests[_key=="tt1"].purpose',
    message: /Say in a sentence what the test shows/,
    invalid: (d) => void delete item(d, 'typicalTests', 'tt1').purpose,
  },
  {
    rule: 'a typical test’s purpose is short',
    path: 'typicalTests[_key=="tt1"].purpose',
    message: /at most 400 characters/,
    invalid: (d) => void (item(d, 'typicalTests', 'tt1').purpose = 'x'.repeat(401)),
  },
  // Related conditions
  {
    rule: 'no differential diagnosis of the entry itself',
    path: 'differentialDiagnoses',
    message: /cannot be linked to itself/,
    invalid: (d) => void (item(d, 'differentialDiagnoses', 'dd1').condition = ref('disease-test')),
  },
  {
    rule: 'no duplicate differential diagnosis',
    path: 'differentialDiagnoses',
    message: /The same condition is linked twice/,
    invalid: (d) =>
      void items(d, 'differentialDiagnoses').push({
        _type: 'differentialDiagnosis',
        _key: 'dd2',
        condition: ref('disease-other'),
      }),
  },
  {
    rule: 'a differential diagnosis names a condition',
    path: 'differentialDiagnoses[_key=="dd1"].condition',
    message: /Choose the condition that can look similar/,
    invalid: (d) => void delete item(d, 'differentialDiagnoses', 'dd1').condition,
  },
  {
    rule: 'how to tell them apart is short',
    path: 'differentialDiagnoses[_key=="dd1"].distinguishingFeatures',
    message: /at most 400 characters/,
    invalid: (d) => void (item(d, 'differentialDiagnoses', 'dd1').distinguishingFeatures = 'x'.repeat(401)),
  },
  {
    rule: 'no association of the entry with itself (the list)',
    path: 'associatedConditions',
    message: /cannot be linked to itself/,
    invalid: (d) => void (item(d, 'associatedConditions', 'a1').condition = ref('disease-test')),
  },
  {
    rule: 'no association of the entry with itself (the row, also for its draft)',
    path: 'associatedConditions[_key=="a1"].condition',
    message: /cannot be associated with itself/,
    invalid: (d) =>
      void Object.assign(
        d,
        { _id: 'drafts.disease-test' },
        { associatedConditions: [{ ...item(d, 'associatedConditions', 'a1'), condition: ref('disease-test') }] },
      ),
  },
  {
    rule: 'no duplicate association',
    path: 'associatedConditions',
    message: /The same condition is linked twice/,
    invalid: (d) =>
      void items(d, 'associatedConditions').push({
        _type: 'associatedCondition',
        _key: 'a2',
        condition: ref('disease-other'),
        relationship: 'complication',
      }),
  },
  {
    rule: 'an association names a condition',
    path: 'associatedConditions[_key=="a1"].condition',
    message: /Choose the condition this entry is linked to/,
    invalid: (d) => void delete item(d, 'associatedConditions', 'a1').condition,
  },
  {
    rule: 'an association says how they relate',
    path: 'associatedConditions[_key=="a1"].relationship',
    message: /Choose how the two conditions are related/,
    invalid: (d) => void delete item(d, 'associatedConditions', 'a1').relationship,
  },
  {
    rule: 'an association note is one sentence',
    path: 'associatedConditions[_key=="a1"].note',
    message: /at most 300 characters/,
    valid: (d) => void (item(d, 'associatedConditions', 'a1').note = 'Most people with it are on dialysis.'),
    invalid: (d) => void (item(d, 'associatedConditions', 'a1').note = 'x'.repeat(301)),
  },
  // Media
  {
    rule: 'every picture has alternative text',
    path: 'images[_key=="i1"].alt',
    message: /Every picture needs alternative text/,
    invalid: (d) => void (item(d, 'images', 'i1').alt = ''),
  },
  {
    rule: 'alternative text is not an essay',
    path: 'images[_key=="i1"].alt',
    message: /under 600 characters/,
    invalid: (d) => void (item(d, 'images', 'i1').alt = 'x'.repeat(601)),
  },
  {
    rule: 'a video has a provider',
    path: 'videos[_key=="v1"].provider',
    message: /Choose where the video is hosted \(YouTube or Vimeo\)/,
    invalid: (d) => void delete item(d, 'videos', 'v1').provider,
  },
  {
    rule: 'a video has an id',
    path: 'videos[_key=="v1"].videoId',
    message: /Enter the video id/,
    invalid: (d) => void delete item(d, 'videos', 'v1').videoId,
  },
  {
    rule: 'a video id fits its provider',
    path: 'videos[_key=="v1"].videoId',
    message: /"watch\?v=dQw4w9WgXcQ" is not a YouTube video id/,
    valid: (d) => void Object.assign(item(d, 'videos', 'v1'), { provider: 'vimeo', videoId: '76979871' }),
    invalid: (d) => void (item(d, 'videos', 'v1').videoId = 'watch?v=dQw4w9WgXcQ'),
  },
  {
    rule: 'a video has a title',
    path: 'videos[_key=="v1"].title',
    message: /Give the video a title/,
    invalid: (d) => void delete item(d, 'videos', 'v1').title,
  },
  // References
  {
    rule: 'a citation has a title',
    path: 'references[_key=="r2"].title',
    message: /Give the title of the article/,
    invalid: (d) => void delete item(d, 'references', 'r2').title,
  },
  {
    rule: 'a citation can be found: a URL, DOI or PMID, or a publisher (or journal) and a year',
    path: 'references[_key=="r3"].title',
    message: /A citation needs a URL, a DOI or a PMID, or else a publisher \(or journal\) and a year/,
    valid: (d) => void Object.assign(item(d, 'references', 'r3'), { url: undefined, doi: '10.1000/xyz123' }),
    invalid: (d) => void Object.assign(item(d, 'references', 'r3'), { url: undefined, publisher: 'Someone' }),
  },
  {
    // Found by publisher and year alone: not an error (publishing goes ahead), but a warning.
    rule: 'a citation without a URL, DOI or PMID is a warning',
    path: 'references[_key=="r3"].title',
    level: 'warning',
    message: /This citation has no URL, DOI or PMID, so readers must search for it/,
    invalid: (d) => void Object.assign(item(d, 'references', 'r3'), { url: undefined, journal: 'Lancet', year: 2020 }),
  },
  {
    rule: 'DOI format',
    path: 'references[_key=="r1"].doi',
    message:
      /"https:\/\/doi\.org\/10\.1056\/NEJMra1505292" is not a DOI: expected "10\." .*\(e\.g\. 10\.1000\/xyz123\)/,
    valid: (d) => void (item(d, 'references', 'r1').doi = '10.1000/xyz123'),
    invalid: (d) => void (item(d, 'references', 'r1').doi = 'https://doi.org/10.1056/NEJMra1505292'),
  },
  {
    rule: 'PMID format',
    path: 'references[_key=="r1"].pmid',
    message: /"PMID: 29342387" is not a PubMed ID: expected up to nine digits, without "PMID:" \(e\.g\. 12345678\)/,
    invalid: (d) => void (item(d, 'references', 'r1').pmid = 'PMID: 29342387'),
  },
  {
    rule: 'a citation URL is a web address',
    path: 'references[_key=="r3"].url',
    message: /starting with https:\/\//,
    invalid: (d) => void (item(d, 'references', 'r3').url = 'ftp://example.org/x'),
  },
  {
    rule: 'a citation year is plausible',
    path: 'references[_key=="r2"].year',
    message: /year of publication as four digits/,
    invalid: (d) => void (item(d, 'references', 'r2').year = 203),
  },
  // Review
  {
    rule: 'last reviewed is required',
    path: 'lastReviewed',
    message: /Enter the date the entry was last reviewed/,
    invalid: (d) => void delete d.lastReviewed,
  },
  {
    rule: 'last reviewed is not in the future',
    path: 'lastReviewed',
    message: /is in the future; use the date the review was finished/,
    valid: (d) =>
      void Object.assign(d, { lastReviewed: isoDate(new Date()), nextReview: isoDate(addDays(new Date(), 365)) }),
    invalid: (d) =>
      void Object.assign(d, {
        lastReviewed: isoDate(addDays(new Date(), 10)),
        nextReview: isoDate(addDays(new Date(), 375)),
      }),
  },
  {
    rule: 'next review is required',
    path: 'nextReview',
    message: /Enter when the entry is next due for review/,
    invalid: (d) => void delete d.nextReview,
  },
  {
    rule: 'next review comes after last reviewed',
    path: 'nextReview',
    message: /"Next review due" \(2025-06-01\) must come after "Last reviewed" \(2025-06-01\)/,
    invalid: (d) => void (d.nextReview = '2025-06-01'),
  },
]

const BAD_CODES: Record<(typeof CODE_SYSTEMS)[number]['id'], string> = {
  icd10cm: 'E8359', // the dot left out
  icd11: '5c64.0', // lower case
  orpha: 'ORPHA:558', // prefix kept
  mesh: 'D02114', // a digit short
  snomed: '237900003', // wrong check digit
  omim: '#143890', // phenotype marker kept
}

describe('disease entry validation', () => {
  it('passes the base document, which has at least one item of every kind', async () => {
    expect(await validatorWith()(validEntry())).toEqual([])
  })

  it.each(ENTRY_CASES.map((c) => [c.rule, c] as const))('%s', async (_name, c) => {
    await expectRule(c, validEntry)
  })
})
