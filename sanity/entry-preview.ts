/** How an entry looks in Studio lists: its title, primary code and review status. */
import { CODE_SYSTEMS } from '../lib/domain/codes'
import { reviewLabel } from './review'

export interface EntryPreviewSelection {
  title?: string
  code?: string
  system?: string
  nextReview?: string
}

export function entryPreview({ title, code, system, nextReview }: EntryPreviewSelection, today = new Date()) {
  const systemName = CODE_SYSTEMS.find((s) => s.id === system)?.name ?? system
  const primaryCode = code ? [systemName, code].filter(Boolean).join(' ') : 'No code'
  return { title: title || 'Untitled entry', subtitle: `${primaryCode} · ${reviewLabel(nextReview, today)}` }
}
