import { feedResponse } from '@/lib/feeds/route'
import { translatedLang } from '@/lib/i18n/route'

/** The Atom feed of a translated language's entries. */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  return feedResponse(request, await translatedLang(params))
}
