'use client'

import { useRouter } from 'next/navigation'
import { VisualEditing } from 'next-sanity/visual-editing/client-component'
import { useCallback } from 'react'

/**
 * next-sanity's Visual Editing (overlays in the Presentation tool) with a refresh on every edit: its default
 * refreshes only when the editor asks, and leaves a change typed in the Studio to a manual reload.
 */
export function SanityVisualEditing() {
  const router = useRouter()
  const refresh = useCallback(() => {
    router.refresh()
    // Presentation waits on this before it sends the next refresh: at most about one render a second.
    return new Promise<void>((resolve) => setTimeout(resolve, 1000))
  }, [router])
  return <VisualEditing refresh={refresh} />
}
