import { draftMode } from 'next/headers'
import { DraftTools } from './DraftTools'
import { contentMode } from '@/lib/env'

/** Shown on every page while an editor previews unpublished changes, with what keeps the page live. */
export async function PreviewBanner() {
  if (!(await draftMode()).isEnabled) return null
  return (
    <>
      <div className="preview-banner" role="status">
        <strong>Preview: unpublished changes.</strong> Readers do not see this version yet.{' '}
        {/* A route handler (it clears the cookie and redirects), not a page: a full navigation is meant. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/draft-mode/disable">Exit preview</a>
      </div>
      <DraftTools mode={contentMode()} />
    </>
  )
}
