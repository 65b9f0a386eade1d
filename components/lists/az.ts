/** Grouping entries under the letters of the A–Z list. */
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')

export function letterOf(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .charAt(0)
    .toUpperCase()
  return LETTERS.includes(first) ? first : '#'
}

export function groupByLetter<T extends { title: string }>(items: T[]): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const letter = letterOf(item.title)
    const list = groups.get(letter) ?? []
    list.push(item)
    groups.set(letter, list)
  }
  return [...LETTERS, '#'].filter((l) => groups.has(l)).map((letter) => ({ letter, items: groups.get(letter) ?? [] }))
}
