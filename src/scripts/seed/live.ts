import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "@ocop-live/live-selling/modules/livestream"
import type LivestreamModuleService from "@ocop-live/live-selling/modules/livestream/service"
import { createLiveStreamWorkflow } from "@ocop-live/live-selling/workflows/live/create-live-stream"
import { updateLiveStreamWorkflow } from "@ocop-live/live-selling/workflows/live/update-live-stream"
import { createProducerAccountWorkflow } from "@ocop-live/live-selling/workflows/live/create-producer-account"
import { recordSellerVerificationWorkflow } from "@ocop-live/live-selling/workflows/live/record-seller-verification"
import { identityHashSecret, minimiseIdNumber } from "@ocop-live/live-selling/workflows/sellers/verifications"
import { producerProductIds } from "@ocop-live/ocop/lib/producer-products"
import { demoVideoUrl, DEMO_VIDEO_PATH } from "../../lib/demo-video"
import type { SeedContext } from "./context"
import { demoLogins, Login } from "./demo-logins"
import { createMissingTranslations } from "./translations"

/** The demo producer (HTX Đồng Bành, Na Chi Lăng): its stream, and outside production its login. */
export const DEMO_PRODUCER_HANDLE = "htx-dong-banh"

/**
 * The local demo producer login, printed once by `npm start` (first start).
 * Outside production only (in production this is null: no demo account).
 */
export const DEMO_PRODUCER: Login | null = demoLogins()?.producer ?? null

/**
 * The demo stream's description. Its product's 4★ certificate (2022) has
 * expired, so the stream claims no star rating, only the GI it is covered by.
 */
export const DEMO_STREAM_DESCRIPTION =
  "HTX Đồng Bành giới thiệu na dai Chi Lăng (chỉ dẫn địa lý \"Lạng Sơn\" số 00140) và mở các suất giá riêng trong phiên live."

export const DEMO_STREAM_TITLE = "Na Chi Lăng vào mùa – giá riêng trong phiên live"

/**
 * The demo stream's title (`title_vi`) and description in English and Chinese,
 * through the Translation Module: the store routes serve them in the visitor's language.
 */
export const DEMO_STREAM_TEXTS: Record<string, { title_vi: string; description: string }> = {
  "en-US": {
    title_vi: "Chi Lăng custard apples in season – live-only prices",
    description:
      "Đồng Bành cooperative presents Chi Lăng custard apples (geographical indication \"Lạng Sơn\" No. 00140) and opens live-only prices during the stream.",
  },
  "zh-CN": {
    title_vi: "支陵番荔枝当季上市——直播专享价",
    description: "同彭合作社介绍支陵脆肉番荔枝（“谅山”地理标志第00140号），并在直播中开放专享价格名额。",
  },
}

/** What earlier seeds wrote, corrected on the next seed (an operator's own text is left alone). */
const EARLIER_DEMO_STREAM_DESCRIPTIONS = [
  "HTX Đồng Bành giới thiệu na dai Chi Lăng (OCOP 4 sao, chỉ dẫn địa lý Lạng Sơn) và mở các suất giá riêng trong phiên live.",
]

/** The demo stream's video before `npm start` looped its own (an outside test stream). */
const EARLIER_DEMO_VIDEO_URLS = ["https://test-streams.mux.dev/x36xhzz/x36xhzz.m3u8"]

/**
 * Whether the demo stream's video should be (re)pointed at this backend's
 * demo video: it is an earlier seed's, or the demo video of another backend
 * URL (a changed PORT). An operator's own video is left alone.
 */
export function demoVideoNeedsUpdate(current: string | null | undefined, wanted: string): boolean {
  if (!current) return false
  if (current === wanted) return false
  return EARLIER_DEMO_VIDEO_URLS.includes(current) || current.endsWith(DEMO_VIDEO_PATH)
}

/** Tomorrow 20:00 in Vietnam (UTC+7), when live selling peaks. */
function tomorrowEvening(now: Date) {
  const d = new Date(now.getTime() + 24 * 3600 * 1000)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 13, 0, 0))
}

async function ensureProducerLogin({ container, log }: SeedContext, producerId: string, login: Login) {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities(
    { entity_id: login.email, provider: "emailpass" },
    { relations: ["auth_identity"] }
  )
  if (!identity) {
    log(`Producer login: ${login.email}`)
    await createProducerAccountWorkflow(container).run({
      input: { producer_id: producerId, email: login.email, password: login.password },
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
 * A demo identity verification for the demo producer, so its stream can go
 * live (a stream starts only when its seller's identity is verified). Marked
 * as the seed's in `verified_by` and `note`: no real e-ID check happened, and
 * the ID number is a dummy (only its last 4 digits and a hash are kept anyway).
 */
async function ensureDemoVerification({ container, log }: SeedContext, producer: { id: string; name: string }) {
  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const [active] = await live.listLiveSellerVerifications({ seller_id: producer.id, revoked_at: null }, { take: 1 })
  if (active) {
    return
  }
  log(`Live demo seller verification: ${producer.name}`)
  await recordSellerVerificationWorkflow(container).run({
    input: {
      seller_id: producer.id,
      legal_name: producer.name,
      ...minimiseIdNumber("000000000000", identityHashSecret(container)),
      method: "vneid_level_2",
      verified_at: new Date(),
      verified_by: "seed",
      note: "Demo data from the seed: no real e-ID check was made. Record a real verification before selling.",
    },
  })
}

/**
 * Live selling demo: a producer login for HTX Đồng Bành (Na Chi Lăng) and a
 * demo identity verification, when `login` is given (never in production), and, if it has no stream yet, one
 * scheduled stream with its products pinned. Idempotent (looked up by email
 * and by producer).
 */
export async function ensureLive(ctx: SeedContext, login: Login | null = DEMO_PRODUCER, now: Date = new Date()) {
  const { container, log } = ctx
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_producer",
    fields: ["id", "name"],
    filters: { handle: DEMO_PRODUCER_HANDLE },
  })
  const producer = data[0]
  if (!producer) {
    log(`Live demo skipped: no OCOP producer ${DEMO_PRODUCER_HANDLE}`)
    return
  }
  if (login) {
    await ensureProducerLogin(ctx, producer.id, login)
    await ensureDemoVerification(ctx, producer)
  }

  const live = container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE)
  const video = { kind: "hls" as const, url: demoVideoUrl() }
  const [existing] = await live.listLiveStreams({ producer_id: producer.id }, { take: 1, select: ["id", "description", "video_url"] })
  if (existing) {
    if (EARLIER_DEMO_STREAM_DESCRIPTIONS.includes(existing.description ?? "")) {
      log(`Live demo stream: description corrected`)
      await updateLiveStreamWorkflow(container).run({
        input: { actor: { type: "user", id: "seed" }, id: existing.id, description: DEMO_STREAM_DESCRIPTION },
      })
    }
    if (demoVideoNeedsUpdate(existing.video_url, video.url)) {
      log(`Live demo stream: video ${video.url}`)
      await updateLiveStreamWorkflow(container).run({ input: { actor: { type: "user", id: "seed" }, id: existing.id, video } })
    }
    await ensureDemoStreamTranslations(ctx, existing.id)
    return
  }
  log(`Live demo stream: ${producer.name}`)
  const pinned = (await producerProductIds(container, producer.id)).slice(0, 3)
  const { result } = await createLiveStreamWorkflow(container).run({
    input: {
      actor: { type: "user", id: "seed" },
      producer_id: producer.id,
      title: DEMO_STREAM_TITLE,
      title_en: DEMO_STREAM_TEXTS["en-US"].title_vi,
      description: DEMO_STREAM_DESCRIPTION,
      scheduled_at: tomorrowEvening(now),
      // looped by `npm start` (scripts/lib/demo-video.js), served by this backend
      video,
      pinned_product_ids: pinned,
    },
  })
  await ensureDemoStreamTranslations(ctx, result.id)
}

/** The demo stream's English and Chinese texts; existing ones (admin edits) are kept. */
async function ensureDemoStreamTranslations(ctx: SeedContext, streamId: string) {
  if (!ctx.container.hasRegistration(Modules.TRANSLATION)) return
  const all = Object.entries(DEMO_STREAM_TEXTS).map(([locale_code, translations]) => ({
    reference: "live_stream",
    reference_id: streamId,
    locale_code,
    translations,
  }))
  await createMissingTranslations(ctx, all, "demo stream title and description")
}
