import { NetworkView } from '@/components/graph/NetworkView'
import { LanguageSwitcher } from '@/components/layout/LanguageSwitcher'
import { getEntryIndex } from '@/lib/content'
import { listAlternates } from '@/lib/i18n/alternates'
import type { Lang } from '@/lib/i18n/languages'
import { messages } from '@/lib/i18n/messages'
import { listMetadata } from '@/lib/seo/metadata'

export const exploreMetadata = (lang: Lang) => listMetadata(lang, (p) => p.explore(), messages(lang).explore)

export async function ExplorePage({ lang }: { lang: Lang }) {
  return (
    <>
      <LanguageSwitcher lang={lang} alternates={listAlternates((p) => p.explore())} />
      <NetworkView entries={await getEntryIndex(lang)} lang={lang} />
    </>
  )
}
