import type { Entry } from '@/lib/content/models'
import { messages } from '@/lib/i18n/messages'
import { reviewDescription } from '@/lib/i18n/text'
import { formatDate } from '@/lib/site'

export function ReviewFooter({ entry }: { entry: Entry }) {
  const t = messages(entry.lang)
  const last = formatDate(entry.lastReviewed, entry.lang)
  const next = formatDate(entry.nextReview, entry.lang)
  return (
    <footer>
      <p className="disclaimer" role="note">
        <strong>{t.entry.disclaimerTitle}</strong>
        {t.site.disclaimer}
      </p>
      <div className="review">
        {last && (
          <p>
            {t.entry.lastReviewed} <time dateTime={entry.lastReviewed}>{last}</time>:{' '}
            {reviewDescription(entry, entry.lang)}.
            {next && (
              <>
                {' '}
                {t.entry.nextReview} <time dateTime={entry.nextReview}>{next}</time>.
              </>
            )}
          </p>
        )}
        {!last && <p>{t.entry.notReviewed}</p>}
      </div>
    </footer>
  )
}
