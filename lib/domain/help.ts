/**
 * "When to get help": graded advice on an entry, as the NHS grades it (see a doctor soon / get help today / call
 * the emergency number now). Each level is a short list of situations in plain words; the words around them
 * (titles, what to do, the emergency numbers) are the same on every entry, so they live here, where the Studio,
 * the page, the embed, the API and the Infobutton answer all read them.
 */

export const HELP_LEVELS = [
  {
    key: 'emergency',
    title: 'Call an emergency number now',
    /** What to do, before the list of situations. */
    action:
      'Call your local emergency number (999 in the UK, 911 in the US and Canada, 112 across Europe) or go to the nearest emergency department if:',
    /** A word that says the level without colour, for the marker beside the title. */
    marker: 'Emergency',
  },
  {
    key: 'urgent',
    title: 'Get medical help today',
    action:
      'Ask for an urgent appointment with a doctor, or use an urgent care service or a nurse advice line, today if:',
    marker: 'Urgent',
  },
  {
    key: 'routine',
    title: 'See a doctor soon',
    action: 'Make an appointment with your doctor if:',
    marker: 'Soon',
  },
] as const

export type HelpLevelKey = (typeof HELP_LEVELS)[number]['key']
export const HELP_LEVEL_KEYS = HELP_LEVELS.map((l) => l.key) as HelpLevelKey[]

export type WhenToGetHelp = Record<HelpLevelKey, string[]>

/** Bounds for the Studio and the content layer. */
export const HELP_LIMITS = { itemsPerLevel: 6, itemLength: 200 } as const

export const HELP_TITLE = 'When to get help'

/** The levels that have situations, most urgent first. */
export function helpLevels(help: WhenToGetHelp | undefined) {
  return HELP_LEVELS.filter((level) => (help?.[level.key].length ?? 0) > 0).map((level) => ({
    ...level,
    items: help?.[level.key] ?? [],
  }))
}

/** Whether an entry gives any advice: a level with at least one situation. */
export const hasHelp = (help: WhenToGetHelp | undefined) => helpLevels(help).length > 0

/** Why an entry's advice is not complete enough to publish, or null: the routine and urgent levels are required. */
export function helpProblem(help: Partial<Record<HelpLevelKey, unknown[]>> | undefined): string | null {
  const missing = (['routine', 'urgent'] as const).filter(
    (key) => !Array.isArray(help?.[key]) || (help?.[key]?.length ?? 0) === 0,
  )
  if (missing.length === 0) return null
  const titles = missing.map((key) => `"${HELP_LEVELS.find((l) => l.key === key)?.title}"`)
  return `Add "When to get help": at least one situation under ${titles.join(' and ')} (the emergency level may stay empty when the condition cannot lead to one).`
}
