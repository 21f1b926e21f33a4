import { z } from "@medusajs/framework/zod"
import { videoProblem, EXTERNAL_VIDEO_KINDS } from "../../modules/livestream/lib/video"
import {
  MAX_RELAY_KEY,
  MAX_RELAY_URL,
  RELAY_PLATFORMS,
  relayKeyProblem,
  relayUrlProblem,
} from "../../modules/livestream/lib/relay-destination"
import { CHAT_MUTE_MINUTES, DESCRIPTION_MAX, ID_MAX, OFFER, PAGE, PINNED_PRODUCTS_MAX, SLOW_MODE_SECONDS, TITLE_MAX } from "@ocop-live/contract"

// Medusa prints custom and format issues without their path, so their
// messages name the field themselves (400s name the field).
export const idOf = (field: string) =>
  z.string().trim().min(1).max(ID_MAX).regex(/^[A-Za-z0-9_:.-]+$/, `${field} must be an id`)
const int = (min: number, max: number) => z.number().int().min(min).max(max)
const range = (r: { min: number; max: number }) => int(r.min, r.max)
const productIds = (field: string) =>
  z
    .array(idOf(field))
    .max(PINNED_PRODUCTS_MAX, `${field}: at most ${PINNED_PRODUCTS_MAX} products are pinned at once`)
    .refine((a) => new Set(a).size === a.length, `${field} must not repeat a product`)

const video = z
  .object({ kind: z.enum(EXTERNAL_VIDEO_KINDS), url: z.string().trim().max(2000) })
  .superRefine((v, ctx) => {
    const problem = videoProblem(v.kind, v.url)
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["url"], message: `video.url ${problem}` })
    }
  })

const streamFields = {
  title: z.string().trim().min(1).max(TITLE_MAX),
  title_en: z.string().trim().min(1).max(TITLE_MAX).nullish(),
  description: z.string().trim().max(DESCRIPTION_MAX).nullish(),
  scheduled_at: z.iso.datetime({ offset: true, error: "scheduled_at must be an ISO 8601 date-time" }).nullish(),
  video: video.nullish(),
}

export const PostProducerStreams = z.strictObject({
  ...streamFields,
  pinned_product_ids: productIds("pinned_product_ids").optional(),
})
export type PostProducerStreamsType = z.infer<typeof PostProducerStreams>

export const PostProducerStream = z.strictObject({
  ...streamFields,
  title: streamFields.title.optional(),
})
export type PostProducerStreamType = z.infer<typeof PostProducerStream>

export const GetProducerStreams = z.object({
  status: z.enum(["scheduled", "live", "ended"]).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE.max).default(PAGE.default),
  offset: z.coerce.number().int().min(0).default(0),
})
export type GetProducerStreamsType = z.infer<typeof GetProducerStreams>

/** `ids=a,b` (or repeated `ids`): at most 100 product ids. */
export const GetProducerProducts = z.object({
  ids: z
    .preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(idOf("ids")).max(100, "ids: at most 100 products"))
    .optional(),
})
export type GetProducerProductsType = z.infer<typeof GetProducerProducts>

export const PostStreamPin = z.strictObject({ product_ids: productIds("product_ids") })
export type PostStreamPinType = z.infer<typeof PostStreamPin>

export const PostStreamOffers = z.strictObject({
  variant_id: idOf("variant_id"),
  price: range(OFFER.price),
  quantity: range(OFFER.quantity),
  per_customer_limit: range(OFFER.perCustomerLimit).default(OFFER.perCustomerLimit.default),
  starts_in_sec: range(OFFER.startsInSec).default(OFFER.startsInSec.default),
  duration_sec: range(OFFER.durationSec).default(OFFER.durationSec.default),
  title: z.string().trim().min(1).max(TITLE_MAX).optional(),
})
export type PostStreamOffersType = z.infer<typeof PostStreamOffers>

export const PostStreamMute = z.strictObject({ user_id: idOf("user_id"), minutes: range(CHAT_MUTE_MINUTES) })
export type PostStreamMuteType = z.infer<typeof PostStreamMute>

export const PostStreamBan = z.strictObject({ user_id: idOf("user_id") })
export type PostStreamBanType = z.infer<typeof PostStreamBan>

export const PostStreamSlowMode = z.strictObject({ seconds: range(SLOW_MODE_SECONDS) })
export type PostStreamSlowModeType = z.infer<typeof PostStreamSlowMode>

export const PostBannedWords = z.strictObject({
  words: z
    .array(
      z.strictObject({
        word: z.string().trim().min(1).max(100),
        action: z.enum(["mask", "block"]).default("mask"),
      })
    )
    .max(500),
})
export type PostBannedWordsType = z.infer<typeof PostBannedWords>

export const GetStreamMessages = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
})
export type GetStreamMessagesType = z.infer<typeof GetStreamMessages>

const relayPlatform = z.enum(RELAY_PLATFORMS, { error: `platform must be one of ${RELAY_PLATFORMS.join(", ")}` })

/** A multistream destination: the platform's RTMP(S) server and stream key (checked per platform). */
export const PostStreamRelays = z
  .strictObject({
    platform: relayPlatform,
    url: z.string({ error: "url is required" }).trim().max(MAX_RELAY_URL, `url must be at most ${MAX_RELAY_URL} characters`),
    stream_key: z.string({ error: "stream_key is required" }).max(MAX_RELAY_KEY, `stream_key must be at most ${MAX_RELAY_KEY} characters`),
    enabled: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    const urlProblem = relayUrlProblem(v.platform, v.url)
    if (urlProblem) ctx.addIssue({ code: "custom", path: ["url"], message: `url ${urlProblem}` })
    const keyProblem = relayKeyProblem(v.stream_key)
    if (keyProblem) ctx.addIssue({ code: "custom", path: ["stream_key"], message: `stream_key ${keyProblem}` })
  })
export type PostStreamRelaysType = z.infer<typeof PostStreamRelays>

export const PostStreamRelay = z.strictObject({ enabled: z.boolean({ error: "enabled must be true or false" }) })
export type PostStreamRelayType = z.infer<typeof PostStreamRelay>
