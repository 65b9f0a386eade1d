/**
 * Studio settings. The embedded Studio (Next.js) reads NEXT_PUBLIC_SANITY_*; the standalone Studio
 * (`sanity dev` / `sanity build`) reads SANITY_STUDIO_*. Either works for both.
 */
export const studioProjectId =
  process.env.SANITY_STUDIO_PROJECT_ID || process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || 'unconfigured'
export const studioDataset = process.env.SANITY_STUDIO_DATASET || process.env.NEXT_PUBLIC_SANITY_DATASET || 'production'
export const studioApiVersion =
  process.env.SANITY_STUDIO_API_VERSION || process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-10-01'
