import {
  createApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { PUBLISHABLE_KEY_TITLE, SalesChannelIds, SeedContext } from "./context"

/** One publishable key, on all three sales channels. Returns its token. */
export async function ensurePublishableKey(
  { container, log }: SeedContext,
  channels: SalesChannelIds
): Promise<string> {
  const apiKeyService = container.resolve(Modules.API_KEY)
  const keys = await apiKeyService.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  let key = keys.find((k) => !k.revoked_at)
  if (!key) {
    log("Publishable API key for the three sales channels")
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }],
      },
    })
    key = result[0]
  }
  const query = container.resolve("query")
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: key.id },
  })
  const linked = new Set((data[0]?.sales_channels ?? []).map((c: { id: string }) => c.id))
  const add = Object.values(channels).filter((id) => !linked.has(id))
  if (add.length) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add } })
  }
  return key.token
}
