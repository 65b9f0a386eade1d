/**
 * Which link targets content may use: http(s), mailto and site-relative paths.
 * Anything else (javascript:, data:, vbscript:, protocol-relative //host, /\host) is refused.
 */

/**
 * A path on this site as a browser reads it: one leading slash, and no backslash anywhere (browsers read
 * a backslash as `/`, so `/\evil.example` is another site).
 */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')
}

export function isSafeHref(href: string): boolean {
  const value = href.trim()
  if (value === '' || /[\u0000-\u001f\u007f\s]/.test(value)) return false
  if (value.startsWith('/')) return isSitePath(value)
  if (value.startsWith('#')) return true
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:'
  } catch {
    return false
  }
}
