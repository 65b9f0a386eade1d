/**
 * `npm run content:publish -- <document id>`: tell a running site that a document in the local dataset
 * changed, exactly as Sanity's webhook would (signed with SANITY_REVALIDATE_SECRET). The site reloads the
 * dataset file if it changed and revalidates every page that shows the document.
 *
 * Options: --url <site origin> (default $SITE_URL or http://localhost:$PORT), --type <type> for a document
 * that has been removed from the file (default: disease).
 */
import fs from 'node:fs'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { parseNdjson } from '../lib/content/sources/dataset'
import { datasetFile } from '../lib/content/dataset-file'
import { siteUrl } from '../lib/env'

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i > -1 ? process.argv[i + 1] : undefined
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'))
  const id = args[0]
  if (!id || process.argv.includes('--help')) {
    console.log('Usage: npm run content:publish -- <document id> [--url http://localhost:3000] [--type disease]')
    return id ? 0 : 2
  }
  const secret = process.env.SANITY_REVALIDATE_SECRET
  if (!secret) {
    console.error('SANITY_REVALIDATE_SECRET is not set: use the same value the site was started with.')
    return 2
  }
  const file = datasetFile()
  const doc = parseNdjson(fs.readFileSync(file, 'utf8'), file).find((d) => d._id === id)
  const body = JSON.stringify(
    doc
      ? { _id: doc._id, _type: doc._type, slug: (doc.slug as { current?: string } | undefined)?.current ?? null }
      : { _id: id, _type: option('type') ?? 'disease' },
  )
  if (!doc) console.log(`${id} is not in ${file}: publishing its removal.`)
  const url = `${(option('url') ?? siteUrl()).replace(/\/+$/, '')}/api/revalidate`
  const signature = await encodeSignatureHeader(body, Date.now(), secret)
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
      body,
      signal: AbortSignal.timeout(30_000),
    })
  } catch (error) {
    console.error(
      `Could not reach ${url}: ${error instanceof Error ? error.message : String(error)}. Is the site running?`,
    )
    return 1
  }
  const text = await res.text()
  if (!res.ok) {
    console.error(`${url} answered ${res.status}: ${text}`)
    return 1
  }
  const result = JSON.parse(text) as { tags?: string[] }
  console.log(`Published ${id}: revalidated ${result.tags?.length ?? 0} tags (${result.tags?.join(', ')}).`)
  return 0
}

main().then((code) => (process.exitCode = code))
