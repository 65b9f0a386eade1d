'use client'

import { Suspense, lazy } from 'react'

// Fetched only when a draft page renders them: a reader's page loads neither (React.lazy, not next/dynamic,
// whose runtime readers' pages do not otherwise need).
const VisualEditing = lazy(() => import('./SanityVisualEditing').then((m) => ({ default: m.SanityVisualEditing })))
const DraftRefresh = lazy(() => import('./DraftRefresh').then((m) => ({ default: m.DraftRefresh })))

/**
 * What keeps a draft page live: in Sanity mode next-sanity's Visual Editing (click-to-edit overlays in the
 * Presentation tool, and a refresh on every edit; without its server actions, which the front door
 * refuses: SanityVisualEditing.tsx), in local mode a refresh when the dataset file changes.
 */
export function DraftTools({ mode }: { mode: 'sanity' | 'local' }) {
  return <Suspense fallback={null}>{mode === 'sanity' ? <VisualEditing /> : <DraftRefresh />}</Suspense>
}
