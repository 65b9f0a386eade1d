import type { Viewport } from 'next'

/** The viewport and theme colours of every reader page. */
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f3f6f9' },
    { media: '(prefers-color-scheme: dark)', color: '#1b2129' },
  ],
}
