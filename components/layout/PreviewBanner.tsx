import { draftMode } from 'next/headers'

/** Shown on every page while an editor previews unpublished changes. */
export async function PreviewBanner() {
  if (!(await draftMode()).isEnabled) return null
  return (
    <div className="preview-banner" role="status">
      <strong>Preview: unpublished changes.</strong> Readers do not see this version yet.{' '}
      <a href="/api/draft-mode/disable">Exit preview</a>
    </div>
  )
}
