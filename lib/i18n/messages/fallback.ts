/**
 * The words of the pages shown when something is missing or failed (404, error, 503): kept apart from the
 * rest of the interface text because the error page is a client component, and this is all it ships.
 */
import type { Lang } from '../languages'

export interface FallbackWords {
  search: { label: string; button: string }
  notFound: { title: string; lead: string; browse: string; allAz: string; orHome: string; home: string }
  error: { title: string; lead: string; retry: string; orHome: string; home: string }
}

export const FALLBACK_WORDS: Record<Lang, FallbackWords> = {
  en: {
    search: { label: 'Search the encyclopedia', button: 'Search' },
    notFound: {
      title: 'Page not found',
      lead: 'There is no page at this address. The entry may have moved, or the address may be mistyped.',
      browse: 'Or browse',
      allAz: 'all diseases from A to Z',
      orHome: ', or go to the',
      home: 'home page',
    },
    error: {
      title: 'This page is temporarily unavailable',
      lead: 'We could not load this page just now. Please try again in a minute.',
      retry: 'Try again',
      orHome: 'or go to the',
      home: 'home page',
    },
  },
  es: {
    search: { label: 'Buscar en la enciclopedia', button: 'Buscar' },
    notFound: {
      title: 'Página no encontrada',
      lead: 'No hay ninguna página en esta dirección. Puede que el artículo se haya movido o que la dirección esté mal escrita.',
      browse: 'O consulte',
      allAz: 'todas las enfermedades de la A a la Z',
      orHome: ', o vaya a la',
      home: 'página de inicio',
    },
    error: {
      title: 'Esta página no está disponible en este momento',
      lead: 'No hemos podido cargar esta página. Vuelva a intentarlo dentro de un minuto.',
      retry: 'Intentar de nuevo',
      orHome: 'o vaya a la',
      home: 'página de inicio',
    },
  },
}
