import { Modules } from "@medusajs/framework/utils"
import { PRODUCERS } from "../data/lang-son-catalogue"
import { MARKS, STANDARDS } from "../data/lang-son-provenance"
import { ZH_STORIES } from "../data/catalogue/zh-stories"
import { MARK_TEXTS, STANDARD_TEXTS } from "../data/provenance-translations"
import type { SeedContext } from "./context"
import type { RecordIds } from "./ocop-records"
import { createMissingTranslations, wanted } from "./translations"

const keyed = <T extends { key: string }>(items: T[]) => items.map((item) => ({ ...item, handle: item.key }))

/**
 * The OCOP plugin's own texts through the Translation Module: the marks'
 * names (English, Chinese), the standards' scope (Vietnamese, Chinese: the
 * record's text is English) and the producers' story (English, from the
 * catalogue's `story_en`; Chinese, `catalogue/zh-stories.ts`). Existing
 * translations (admin edits) are kept.
 */
export async function ensureOcopTranslations(ctx: SeedContext, ids: RecordIds) {
  if (!ctx.container.hasRegistration(Modules.TRANSLATION)) return { created: 0 }
  const all = [
    ...wanted("ocop_mark", keyed(MARKS), ids.marks, (m) => MARK_TEXTS[m.key] ?? {}),
    ...wanted("ocop_standard", keyed(STANDARDS), ids.standards, (s) => STANDARD_TEXTS[s.key] ?? {}),
    ...wanted("ocop_producer", keyed(PRODUCERS), ids.producers, (p) => ({
      "en-US": { story_vi: p.story_en },
      ...(ZH_STORIES[p.key] ? { "zh-CN": { story_vi: ZH_STORIES[p.key] } } : {}),
    })),
  ]
  const created = await createMissingTranslations(ctx, all, "OCOP mark, standard and producer texts")
  return { created }
}
