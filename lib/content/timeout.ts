import { ContentUnavailableError } from './sources/types'

/** Every content read has a deadline: a hanging source must not hang the page. */
export function withTimeout<T>(promise: Promise<T>, ms: number, source: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ContentUnavailableError(source, `no answer within ${ms} ms`)), ms)
    timer.unref?.()
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}
