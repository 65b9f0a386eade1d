/** The sitemap's two routes (/sitemap.xml and /sitemaps/N.xml): read the addresses, answer one file. */
import { content } from '../content'
import { TAGS } from '../content/tags'
import { cachedBody } from '../api/respond'
import { siteUrl } from '../env'
import { NO_STORE } from '../http-cache'
import { errorLimited, errorMessage } from '../log'
import { LANGUAGE_IDS } from '../i18n/languages'
import { siteUrls, sitemapPageCount, sitemapXml, urlsetXml, type SitemapUrl } from './sitemap'

const XML = 'application/xml; charset=utf-8'

async function answer(request: Request, render: (origin: string, urls: SitemapUrl[]) => Response | string) {
  const origin = siteUrl()
  let urls: SitemapUrl[]
  try {
    const [languages, translations] = await Promise.all([
      Promise.all(
        LANGUAGE_IDS.map(async (lang) => ({
          lang,
          entries: await content.getEntryIndex(lang),
          categories: await content.getCategories(lang),
        })),
      ),
      content.getTranslationSets(),
    ])
    urls = siteUrls(origin, { languages, translations })
  } catch (error) {
    errorLimited('sitemap:failed', 'sitemap', 'sitemap could not be built', { reason: errorMessage(error) })
    return new Response('The sitemap is temporarily unavailable.', {
      status: 503,
      headers: { 'Retry-After': '60', ...NO_STORE },
    })
  }
  const body = render(origin, urls)
  return typeof body === 'string'
    ? cachedBody(
        request,
        body,
        XML,
        LANGUAGE_IDS.flatMap((l) => [TAGS.entriesIn(l), TAGS.categoriesIn(l)]),
        3600,
      )
    : body
}

/** /sitemap.xml: every address, or past 50,000 the index of the files that hold them. */
export const sitemapIndexRoute = (request: Request) => answer(request, sitemapXml)

/** /sitemaps/N.xml: the N-th file of 50,000 addresses; 404 for a file the index does not name. */
export async function sitemapPageRoute(request: Request, name: string) {
  const notFound = () => new Response('No such sitemap file.', { status: 404, headers: NO_STORE })
  // A name that is no file's is refused before anything is read.
  const page = Number(/^([1-9]\d{0,5})\.xml$/.exec(name)?.[1])
  if (!page) return notFound()
  return answer(request, (_origin, urls) => (page <= sitemapPageCount(urls) ? urlsetXml(urls, page) : notFound()))
}
