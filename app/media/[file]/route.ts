import fs from 'node:fs/promises'
import path from 'node:path'
import { assetMimeType } from '@/lib/content/sources/dataset'
import { datasetFile } from '@/lib/content/dataset-file'
import { warnLimited } from '@/lib/log'

/** Local mode's image assets: the files under images/ next to the dataset, as `sanity dataset import` expects them. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const type = assetMimeType(file)
  if (!FILE_NAME.test(file) || file.includes('..') || !type) return new Response('Not found', { status: 404 })
  const full = path.join(/* turbopackIgnore: true */ path.dirname(datasetFile()), 'images', file)
  let body: Buffer
  try {
    body = await fs.readFile(full)
  } catch {
    warnLimited('media:not-found', 'media', 'image file not found', { file })
    return new Response('Not found', { status: 404 })
  }
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': type,
      'Cache-Control': 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800',
    },
  })
}
