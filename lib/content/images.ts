import { sanityEnv } from '../env'

/**
 * Where entry pictures may come from: the site's own /media route (local mode) or Sanity's image CDN for
 * the configured project. Anything else is not rendered.
 */
export function isAllowedImageUrl(url: string, projectId = sanityEnv().projectId || undefined): boolean {
  if (/^\/media\/[A-Za-z0-9][A-Za-z0-9._-]*$/.test(url)) return true
  if (!projectId) return false
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && u.hostname === 'cdn.sanity.io' && u.pathname.startsWith(`/images/${projectId}/`)
  } catch {
    return false
  }
}
