'use client'

import { ErrorContent } from '@/components/layout/ErrorContent'

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorContent reset={reset} />
}
