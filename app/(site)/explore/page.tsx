import type { Metadata } from 'next'
import { NetworkView } from '@/components/graph/NetworkView'
import { getEntryIndex } from '@/lib/content'

export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Explore how conditions connect',
  description: 'The whole network of conditions in the encyclopedia and the links between them.',
  alternates: { canonical: '/explore' },
}

export default async function ExplorePage() {
  return <NetworkView entries={await getEntryIndex()} />
}
