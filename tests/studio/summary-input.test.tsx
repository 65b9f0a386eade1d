/**
 * @jest-environment jsdom
 */
/** The reading-level line under the summary input, updated as the editor types. */
import { render, screen } from '@testing-library/react'
import type { TextInputProps } from 'sanity'
import { SummaryInput } from '../../sanity/components/SummaryInput'

describe('reading level on the summary', () => {
  const renderInput = (value: string | undefined) =>
    render(
      <SummaryInput
        // Only the props the component reads; the rest of TextInputProps is the Studio's form machinery.
        {...({
          value,
          renderDefault: () => <textarea aria-label="Summary" defaultValue={value} />,
        } as unknown as TextInputProps)}
      />,
    )

  it('shows the grade under the default input, as the text changes', () => {
    const { rerender } = renderInput('The cat sat on the mat. It was warm.')
    expect(screen.getByRole('textbox', { name: 'Summary' })).toBeInTheDocument()
    expect(screen.getByTestId('reading-level')).toHaveAttribute('data-tone', 'good')
    expect(screen.getByTestId('reading-level')).toHaveTextContent(
      /Reading grade -?\d+\.\d \(Flesch–Kincaid; aim for 7 or below\)/,
    )
    const dense =
      'Calciphylaxis is an uncommon vasculopathy characterised by progressive calcification of cutaneous arterioles, intimal proliferation and thrombosis, predominantly affecting individuals receiving maintenance haemodialysis.'
    rerender(
      <SummaryInput
        {...({ value: dense, renderDefault: () => <textarea aria-label="Summary" /> } as unknown as TextInputProps)}
      />,
    )
    expect(screen.getByTestId('reading-level')).toHaveAttribute('data-tone', 'hard')
    expect(screen.getByTestId('reading-level')).toHaveTextContent(/too hard: split long sentences/)
  })

  it('shows nothing for an empty summary', () => {
    renderInput(undefined)
    expect(screen.queryByTestId('reading-level')).toBeNull()
  })
})
