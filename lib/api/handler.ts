import { apiError } from './respond'
import { errorLimited, errorMessage } from '../log'

/** Run an API handler; an unexpected failure (usually the content source) becomes a 503 with no internals. */
export async function handleApi(route: string, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn()
  } catch (error) {
    errorLimited('api:request-failed', 'api', 'request failed', { route, reason: errorMessage(error) })
    return apiError(503, 'The content source is unavailable; try again shortly.')
  }
}
