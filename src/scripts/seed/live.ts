import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "../../modules/livestream"
import type LivestreamModuleService from "../../modules/livestream/service"
import { createLiveStreamWorkflow } from "../../workflows/live/create-live-stream"
import { createProducerAccountWorkflow } from "../../workflows/live/create-producer-account"
import { producerProductIds } from "../../workflows/live/lib/producers"
import type { SeedContext } from "./context"

/** The local demo producer login (HTX Đồng Bành, Na Chi Lăng), printed by `npm start`. */
export const DEMO_PRODUCER = {
  email: process.env.PRODUCER_EMAIL || "producer@ocop-langson.local",
  password: process.env.PRODUCER_PASSWORD || "ocop-producer-2026",
  handle: "htx-dong-banh",
}

/** Tomorrow 20:00 in Vietnam (UTC+7), when live selling peaks. */
function tomorrowEvening(now: Date) {
  const d = new Date(now.getTime() + 24 * 3600 * 1000)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 13, 0, 0))
}

async function ensureProducerLogin({ container, log }: SeedContext, producerId: string) {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities(
    { entity_id: DEMO_PRODUCER.email, provider: "emailpass" },
    { relations: ["auth_identity"] }
  )
  if (!identity) {
    log(`Producer login: ${DEMO_PRODUCER.email}`)
    await createProducerAccountWorkflow(container).run({
      input: { producer_id: producerId, email: DEMO_PRODUCER.email, password: DEMO_PRODUCER.password },
    })
    return
  }
  const appMetadata = identity.auth_identity?.app_metadata ?? {}
  if (!appMetadata.producer_id) {
    await auth.updateAuthIdentities({
      id: identity.auth_identity_id!,
      app_metadata: { ...appMetadata, producer_id: producerId },
    })
  }
}

/**
 * Live selling demo: a producer login for HTX Đồng Bành (Na Chi Lăng) and,
 * if it has no stream yet, one scheduled stream with its products pinned.
 * Idempotent (looked up by email and by producer).
 */
export async function ensureLive(ctx: SeedContext, now: Date = new Date()) {
  const { container, log } = ctx
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_producer",
    fields: ["id", "name"],
    filters: { handle: DEMO_PRODUCER.handle },
  })
  const producer = data[0]
  if (!producer) {
    log(`Live demo skipped: no OCOP producer ${DEMO_PRODUCER.handle}`)
    return
  }
  await ensureProducerLogin(ctx, producer.id)

  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [existing] = await live.listLiveStreams({ producer_id: producer.id }, { take: 1, select: ["id"] })
  if (existing) {
    return
  }
  log(`Live demo stream: ${producer.name}`)
  const pinned = (await producerProductIds(container, producer.id)).slice(0, 3)
  await createLiveStreamWorkflow(container).run({
    input: {
      actor: { type: "user", id: "seed" },
      producer_id: producer.id,
      title: "Na Chi Lăng vào mùa – giá riêng trong phiên live",
      title_en: "Chi Lăng custard apples in season – live-only prices",
      description:
        "HTX Đồng Bành giới thiệu na dai Chi Lăng (OCOP 4 sao, chỉ dẫn địa lý Lạng Sơn) và mở các suất giá riêng trong phiên live.",
      scheduled_at: tomorrowEvening(now),
      video: { kind: "hls", url: "https://test-streams.mux.dev/x36xhzz/x36xhzz.m3u8" },
      pinned_product_ids: pinned,
    },
  })
}
