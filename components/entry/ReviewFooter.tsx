import type { Entry } from '@/lib/content/models'
import { reviewDescription } from '@/lib/domain/review-kinds'
import { MEDICAL_DISCLAIMER, formatDate } from '@/lib/site'

export function ReviewFooter({ entry }: { entry: Entry }) {
  const last = formatDate(entry.lastReviewed)
  const next = formatDate(entry.nextReview)
  return (
    <footer>
      <p className="disclaimer" role="note">
        <strong>Medical disclaimer. </strong>
        {MEDICAL_DISCLAIMER}
      </p>
      <div className="review">
        {last && (
          <p>
            Last reviewed on <time dateTime={entry.lastReviewed}>{last}</time>: {reviewDescription(entry)}.
            {next && (
              <>
                {' '}
                Next review due: <time dateTime={entry.nextReview}>{next}</time>.
              </>
            )}
          </p>
        )}
        {!last && <p>This entry has not been reviewed yet.</p>}
      </div>
    </footer>
  )
}
