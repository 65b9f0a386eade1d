import { feedResponse } from '@/lib/feeds/route'
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages'

/** Atom feed of recently updated or reviewed entries. */
export const GET = (request: Request) => feedResponse(request, SOURCE_LANGUAGE)
