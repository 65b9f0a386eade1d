/** The shapes CDS Hooks 2.0 gives discovery and cards (https://cds-hooks.hl7.org/2.0/): unit and e2e tests check answers against them. */
import { z } from 'zod'

export const discoveryShape = z.object({
  services: z.array(
    z.object({
      hook: z.string(),
      id: z.string().regex(/^[A-Za-z0-9._~-]+$/),
      title: z.string().optional(),
      description: z.string(),
      prefetch: z.record(z.string(), z.string()).optional(),
      usageRequirements: z.string().optional(),
    }),
  ),
})
export const cardsShape = z.object({
  cards: z.array(
    z.strictObject({
      uuid: z.uuid(),
      // "less than 140 characters"
      summary: z.string().max(139),
      detail: z.string(),
      indicator: z.enum(['info', 'warning', 'critical']),
      source: z.strictObject({ label: z.string().min(1), url: z.url() }),
      links: z.array(z.strictObject({ label: z.string().min(1), url: z.url(), type: z.enum(['absolute', 'smart']) })),
    }),
  ),
})
