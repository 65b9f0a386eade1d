/**
 * Root layout of the Studio: its own document, so the reader site's header, styles and scripts stay out of
 * the Studio and the Studio's code stays out of reader pages.
 */
export default function StudioRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  )
}
