/** Names and paths shared by pages, feeds, embeds and the API. */
export const SITE_NAME = 'Open Medical Encyclopedia'
export const SITE_DESCRIPTION =
  'An open, structured encyclopedia of diseases: plain-language summaries, clinical detail, codes and references, free to read and embed.'

export const paths = {
  home: () => '/',
  entries: () => '/diseases',
  entry: (slug: string) => `/diseases/${slug}`,
  categories: () => '/categories',
  category: (slug: string) => `/categories/${slug}`,
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
}

export const MEDICAL_DISCLAIMER =
  'This encyclopedia gives general information, not medical advice. It cannot diagnose you or tell you what treatment is right for you: talk to a doctor or other qualified health professional about your own health.'

/** "2026-11-25" → "25 November 2026", fixed to UTC so server and tests agree. */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return undefined
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  )
}
