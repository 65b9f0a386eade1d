'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** How often a draft page asks whether the dataset changed: an edit shows within about half a second more. */
const POLL_MS = 400

/**
 * Local mode's live preview: while an editor previews drafts from an NDJSON export, the page renders
 * again (without a reload) as soon as the file changes. Mounted only in draft mode (PreviewBanner).
 */
export function DraftRefresh() {
  const router = useRouter()
  useEffect(() => {
    let seen: unknown
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = async () => {
      try {
        const response = await fetch('/api/draft-mode/version', { cache: 'no-store' })
        if (response.ok) {
          const { version } = (await response.json()) as { version: unknown }
          if (seen !== undefined && version !== seen) router.refresh()
          seen = version
        }
      } catch {
        // The server is restarting or the network is away: ask again at the next tick.
      }
      if (!stopped) timer = setTimeout(check, POLL_MS)
    }
    void check()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [router])
  return null
}
