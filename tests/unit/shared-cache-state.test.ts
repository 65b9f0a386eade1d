/**
 * What instances exchange through Redis (lib/cache/shared-state.mjs): cache entries survive the trip as
 * bytes, and a tag revalidated on one instance becomes stale on the others, once, newest change winning.
 */
import {
  applyTagStates,
  decodeEntry,
  encodeEntry,
  missingTagStates,
  newerTagStates,
  parseStates,
  redactUrl,
  type SharedTagState,
  type TagState,
} from '@/lib/cache/shared-state.mjs'

describe('cache entries as bytes', () => {
  it('keep the Buffers and Maps of a page entry', () => {
    const entry = {
      lastModified: 1_700_000_000_000,
      cacheControl: { revalidate: 3600, expire: 31_536_000 },
      value: {
        kind: 'APP_PAGE',
        html: '<h1>Calciphylaxis</h1>',
        rscData: Buffer.from('rsc payload'),
        headers: { 'x-next-cache-tags': 'entry:calciphylaxis,entries' },
        status: 200,
        postponed: undefined,
        segmentData: new Map([['/_tree', Buffer.from('segment')]]),
      },
    }
    const back = decodeEntry(encodeEntry(entry as never))
    expect(back).toEqual(entry)
    const value = back?.value as unknown as { rscData: Buffer; segmentData: Map<string, Buffer> }
    expect(Buffer.isBuffer(value.rscData)).toBe(true)
    expect(value.segmentData.get('/_tree')?.toString()).toBe('segment')
  })

  it('read anything else as a miss', () => {
    expect(decodeEntry(Buffer.from('not an entry'))).toBeNull()
    expect(decodeEntry(encodeEntry({ value: null } as never))).toBeNull()
  })
})

describe('tag states between instances', () => {
  const state = (at: number, by: string, extra: TagState = { stale: at }): SharedTagState => ({ ...extra, at, by })

  it('adopts newer states from other instances into the tag manifest, and nothing else', () => {
    const known = new Map<string, SharedTagState>([['entries', state(200, 'b')]])
    const manifest = new Map<string, TagState>()
    const incoming = {
      'entry:calciphylaxis': state(300, 'b', { stale: 300, expired: 999 }),
      entries: state(100, 'b'),
      'entry:cirrhosis': state(400, 'a'),
    }
    const newer = newerTagStates(incoming, known, 'a')
    expect(Object.keys(newer)).toEqual(['entry:calciphylaxis'])
    applyTagStates(newer, known, manifest)
    expect(manifest).toEqual(new Map([['entry:calciphylaxis', { stale: 300, expired: 999 }]]))
    expect(known.get('entry:calciphylaxis')?.at).toBe(300)
    // The same message again changes nothing.
    expect(newerTagStates(incoming, known, 'a')).toEqual({})
  })

  it('finds what Redis lost, so instances started after a Redis restart still learn it', () => {
    const known = new Map([
      ['entries', state(100, 'a')],
      ['entry:calciphylaxis', state(300, 'b')],
    ])
    expect(missingTagStates({ entries: state(100, 'a') }, known)).toEqual({ 'entry:calciphylaxis': state(300, 'b') })
    expect(missingTagStates({}, known)).toEqual(Object.fromEntries(known))
  })

  it('ignores messages that are not tag states', () => {
    expect(parseStates('not json')).toEqual({})
    expect(newerTagStates(parseStates('{"entries": 5, "x": {"at": "soon"}}'), new Map(), 'a')).toEqual({})
  })
})

it('never logs the Redis password', () => {
  expect(redactUrl('redis://:s3cret@cache.internal:6379/0')).toBe('redis://:***@cache.internal:6379/0')
  expect(redactUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379')
})
