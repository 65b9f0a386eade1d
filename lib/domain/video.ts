/** Video providers an entry may embed, and what a well-formed id looks like for each. */
export const VIDEO_PROVIDERS = [
  {
    id: 'youtube',
    name: 'YouTube',
    idPattern: /^[A-Za-z0-9_-]{11}$/,
    rule: 'the 11-character id from the video address (…watch?v=ID)',
    embedUrl: (id: string) => `https://www.youtube-nocookie.com/embed/${id}`,
    watchUrl: (id: string) => `https://www.youtube.com/watch?v=${id}`,
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    idPattern: /^[0-9]{6,12}$/,
    rule: 'the numeric id from the video address (vimeo.com/ID)',
    embedUrl: (id: string) => `https://player.vimeo.com/video/${id}`,
    watchUrl: (id: string) => `https://vimeo.com/${id}`,
  },
] as const

export type VideoProviderId = (typeof VIDEO_PROVIDERS)[number]['id']
export const VIDEO_PROVIDER_IDS = VIDEO_PROVIDERS.map((p) => p.id) as [VideoProviderId, ...VideoProviderId[]]

export function isVideoProvider(value: string): value is VideoProviderId {
  return (VIDEO_PROVIDER_IDS as readonly string[]).includes(value)
}

export function videoProvider(id: VideoProviderId) {
  const p = VIDEO_PROVIDERS.find((v) => v.id === id)
  if (!p) throw new Error(`Unknown video provider: ${id}`)
  return p
}

export function videoIdProblem(provider: VideoProviderId, id: string): string | null {
  const p = videoProvider(provider)
  return p.idPattern.test(id) ? null : `"${id}" is not a ${p.name} video id: expected ${p.rule}`
}
