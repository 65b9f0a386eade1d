/**
 * Which link targets content may use: http(s), mailto and site-relative paths.
 * Anything else (javascript:, data:, vbscript:, protocol-relative //host) is refused.
 */
export function isSafeHref(href: string): boolean {
  const value = href.trim()
  if (value === '' || /[\u0000-\u001f\u007f\s]/.test(value)) return false
  if (value.startsWith('//')) return false
  if (value.startsWith('/') || value.startsWith('#')) return true
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
  } catch {
    return false
  }
}
