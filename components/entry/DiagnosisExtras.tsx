import type { Entry } from '@/lib/content/models'
import { paths } from '@/lib/site'

export function TypicalTests({ tests }: { tests: Entry['typicalTests'] }) {
  if (tests.length === 0) return null
  return (
    <>
      <h3 id="tests">Tests that are often used</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">What it shows</th>
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

export function DifferentialDiagnoses({ items }: { items: Entry['differentialDiagnoses'] }) {
  if (items.length === 0) return null
  return (
    <>
      <h3 id="differential-diagnoses">Conditions that can look similar</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Condition</th>
            <th scope="col">How it differs</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.condition._id}>
              <td>
                <a href={paths.entry(d.condition.slug)}>{d.condition.title}</a>
              </td>
              <td>{d.distinguishingFeatures ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
