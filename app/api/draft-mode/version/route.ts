import { draftMode } from 'next/headers'
import { activeSource } from '@/lib/content/source'
import { jsonError } from '@/lib/http'
import { NO_STORE } from '@/lib/http-cache'

/**
 * The content's version, for a draft page that follows the dataset file as it changes (local mode;
 * components/layout/DraftRefresh.tsx). Only inside a draft preview: readers never ask, and nobody else can
 * make the site look at its file.
 */
export async function GET() {
  if (!(await draftMode()).isEnabled) return jsonError(404, 'Only in a draft preview.')
  const source = activeSource()
  source.refresh()
  return Response.json({ version: source.version ?? null }, { headers: NO_STORE })
}
