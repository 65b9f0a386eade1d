import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/layout/NotFoundContent'

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } }

/** The page the proxy serves, with status 404, for entry and category addresses that do not exist. */
export default function NotFoundPage() {
  return <NotFoundContent />
}
