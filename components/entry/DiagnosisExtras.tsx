import type { Entry } from '@/lib/content/models'
import { PageLink } from '@/components/layout/PageLink'
import { SOURCE_LANGUAGE, type Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'

export function TypicalTests({ tests, lang = SOURCE_LANGUAGE }: { tests: Entry['typicalTests']; lang?: Lang }) {
  if (tests.length === 0) return null
  const t = messages(lang).entry
  return (
    <>
      <h3 id="tests">{t.tests}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.test}</th>
            <th scope="col">{t.whatItShows}</th>
          </tr>
        </thead>
        <tbody>
          {tests.map((t, i) => (
            <tr key={i}>
              <td>{t.name}</td>
              <td>{t.purpose}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

export function DifferentialDiagnoses({
  items,
  lang = SOURCE_LANGUAGE,
}: {
  items: Entry['differentialDiagnoses']
  lang?: Lang
}) {
  if (items.length === 0) return null
  const t = messages(lang).entry
  return (
    <>
      <h3 id="differential-diagnoses">{t.lookSimilar}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.condition}</th>
            <th scope="col">{t.howItDiffers}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.condition._id}>
              <td>
                <PageLink from={lang} to={d.condition} kind="entry" />
              </td>
              <td>{d.distinguishingFeatures ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
