import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { safeRedirectPath } from '@/lib/draft-mode'

/** Leave the preview and go back to the page the editor was on (same site only). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const url = new URL(request.url)
  let back = url.searchParams.get('redirect')
  const referer = request.headers.get('referer')
  if (!back && referer) {
    try {
      const ref = new URL(referer)
      if (ref.host === url.host) back = `${ref.pathname}${ref.search}`
    } catch {
      // An unparsable Referer: go home.
    }
  }
  redirect(safeRedirectPath(back))
}
