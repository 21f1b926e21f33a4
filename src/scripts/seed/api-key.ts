import {
  createApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateApiKeysWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import {
  LEGACY_PUBLISHABLE_KEY_TITLE,
  PUBLISHABLE_KEY_TITLES,
  SalesChannelIds,
  SalesChannelKey,
  SeedContext,
} from "./context"

export type PublishableKeys = Record<SalesChannelKey, string>

type Key = { id: string; token: string }

/**
 * One publishable key per sales channel, each linked to exactly its channel.
 * Medusa puts a new cart in the key's channel only when the key has one, so a
 * client written for stock Medusa (`sdk.store.cart.create({ region_id })`)
 * works with any of them. Returns the tokens by channel.
 */
export async function ensurePublishableKeys(ctx: SeedContext, channels: SalesChannelIds): Promise<PublishableKeys> {
  const keys = {} as PublishableKeys
  for (const role of Object.keys(channels) as SalesChannelKey[]) {
    const key = (await existingKey(ctx, role)) ?? (await createKey(ctx, role))
    await linkOnly(ctx, key.id, channels[role])
    keys[role] = key.token
  }
  return keys
}

async function activeKey({ container }: SeedContext, title: string): Promise<Key | null> {
  const keys = await container.resolve(Modules.API_KEY).listApiKeys({ title, type: "publishable" })
  return keys.find((k) => !k.revoked_at) ?? null
}

/**
 * The key titled for `role`. A database seeded before v5 has one key on all
 * three channels: it becomes the online store's key (renamed here, unlinked
 * from the kiosk and livestream channels by `linkOnly`) rather than being
 * revoked. Its token is already configured in running clients (storefront
 * env, widgets embedded on producers' sites, scripts), and those sell online:
 * revoking it would break every one of them at once, while keeping it only
 * changes a client that asked for the kiosk or livestream channel by id, which
 * now takes that channel's own key (`npm start` hands them out).
 */
async function existingKey(ctx: SeedContext, role: SalesChannelKey): Promise<Key | null> {
  const key = await activeKey(ctx, PUBLISHABLE_KEY_TITLES[role])
  if (key || role !== "online") return key
  const legacy = await activeKey(ctx, LEGACY_PUBLISHABLE_KEY_TITLE)
  if (!legacy) return null
  ctx.log(`Publishable API key on three channels becomes the ${role} key`)
  await updateApiKeysWorkflow(ctx.container).run({
    input: { selector: { id: legacy.id }, update: { title: PUBLISHABLE_KEY_TITLES[role] } },
  })
  return legacy
}

async function createKey({ container, log }: SeedContext, role: SalesChannelKey): Promise<Key> {
  log(`Publishable API key: ${PUBLISHABLE_KEY_TITLES[role]}`)
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLES[role], type: "publishable", created_by: "seed" }] },
  })
  return result[0]
}

/** Links the key to `channelId` and unlinks every other channel. */
async function linkOnly({ container }: SeedContext, keyId: string, channelId: string) {
  const { data } = await container.resolve("query").graph({
    entity: "api_key",
    fields: ["id", "sales_channels.id"],
    filters: { id: keyId },
  })
  const linked: string[] = (data[0]?.sales_channels ?? []).map((c: { id: string }) => c.id)
  const add = linked.includes(channelId) ? [] : [channelId]
  const remove = linked.filter((id) => id !== channelId)
  if (add.length || remove.length) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keyId, add, remove } })
  }
}
