import type { Entry } from '@/lib/content/models'
import { isAllowedImageUrl } from '@/lib/content/images'
import { videoProvider } from '@/lib/domain/video'
import { messages } from '@/lib/i18n/messages'

export function Media({ entry }: { entry: Entry }) {
  const t = messages(entry.lang).entry
  const images = entry.images.filter((img) => isAllowedImageUrl(img.url))
  if (images.length === 0 && entry.videos.length === 0) return null
  return (
    <section aria-labelledby="media">
      <h2 id="media">{t.media}</h2>
      {images.map((img, i) => (
        <figure key={i}>
          <div className="figure-frame">
            {/* Plain <img>: illustrations are SVG, which next/image would not optimise anyway. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={img.url} alt={img.alt} width={img.width} height={img.height} loading="lazy" decoding="async" />
          </div>
          {(img.caption || img.credit || img.licence) && (
            <figcaption>
              {img.caption}
              {img.credit || img.licence ? ` (${[img.credit, img.licence].filter(Boolean).join(', ')})` : ''}
            </figcaption>
          )}
        </figure>
      ))}
      {entry.videos.length > 0 && (
        <ul className="link-list">
          {entry.videos.map((v) => (
            <li key={`${v.provider}:${v.videoId}`}>
              {/* A link, not an iframe: no third-party player loads unless the reader asks for it. */}
              <a href={videoProvider(v.provider).watchUrl(v.videoId)} rel="noopener noreferrer">
                {v.title}
              </a>
              <span className="relationship">{t.video(videoProvider(v.provider).name)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
