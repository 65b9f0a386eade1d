'use client'

import { NotFoundContent } from '@/components/layout/NotFoundContent'
import { usePageLanguage } from '@/components/layout/ErrorContent'

export default function NotFound() {
  return <NotFoundContent lang={usePageLanguage()} />
}
