import type { MedusaRequest } from "@medusajs/framework/http"
import { validityCutoff } from "../../../../modules/ocop/lib/badge"
import { vietnamMonth } from "../../../../modules/ocop/lib/catalogue"
import type { CacheKeyInput } from "../../../../modules/ocop/lib/catalogue/cache-key"
import { salesChannelIds } from "./context"

/** What a cached store answer depends on besides the catalogue version (lib/answer-cache.ts). */
export function answerRequest(
  req: MedusaRequest,
  route: string,
  { perChannel = true, now = new Date() }: { perChannel?: boolean; now?: Date } = {}
): Omit<CacheKeyInput, "version"> {
  return {
    route,
    params: (req.validatedQuery ?? {}) as Record<string, unknown>,
    locale: req.locale ?? null,
    sales_channel_ids: perChannel ? salesChannelIds(req) : [],
    day: `${validityCutoff(now).toISOString().slice(0, 10)}/${vietnamMonth(now)}`,
  }
}
