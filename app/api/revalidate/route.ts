import type { NextRequest } from 'next/server'
import { publish } from '@/lib/publish'

/** Target of Sanity's GROQ-powered webhook (and of `npm run content:publish` in local mode). */
export function POST(request: NextRequest) {
  return publish(request)
}
