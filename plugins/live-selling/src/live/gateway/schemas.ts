import { z } from "@medusajs/framework/zod"
import { badRequest } from "../../modules/livestream/lib/errors"
import { CHAT_MUTE_MINUTES, CHAT_PAYLOAD_MAX, CLAIM_QUANTITY, ID_MAX, OFFER, PINNED_PRODUCTS_MAX, SLOW_MODE_SECONDS, TITLE_MAX } from "@ocop-live/contract"

const id = z
  .string()
  .min(1)
  .max(ID_MAX)
  .regex(/^[A-Za-z0-9_:.-]+$/, "must be an id")
const int = (min: number, max: number) => z.number().int().min(min).max(max)
const range = (r: { min: number; max: number }) => int(r.min, r.max)

export const REACTION_KINDS = ["heart", "like", "wow", "laugh"] as const

export const schemas = {
  session: z.object({}),
  join: z.object({ streamId: id, lastSeq: int(0, Number.MAX_SAFE_INTEGER).optional() }),
  leave: z.object({ streamId: id }),
  "chat:send": z.object({ streamId: id, text: z.string().max(CHAT_PAYLOAD_MAX) }),
  react: z.object({ streamId: id, kind: z.enum(REACTION_KINDS) }),
  "offer:claim": z.object({
    offerId: id,
    quantity: range(CLAIM_QUANTITY),
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/, "must be 8-128 characters of A-Z a-z 0-9 _ . : -"),
    cartId: id.nullish(),
  }),
  "stream:start": z.object({ streamId: id }),
  "stream:end": z.object({ streamId: id }),
  "product:pin": z.object({
    streamId: id,
    productIds: z
      .array(id)
      .max(PINNED_PRODUCTS_MAX)
      .refine((a) => new Set(a).size === a.length, "must not repeat a product"),
  }),
  "offer:launch": z.object({
    streamId: id,
    variantId: id,
    price: range(OFFER.price),
    quantity: range(OFFER.quantity),
    perCustomerLimit: range(OFFER.perCustomerLimit).default(OFFER.perCustomerLimit.default),
    startsInSec: range(OFFER.startsInSec),
    durationSec: range(OFFER.durationSec),
    title: z.string().min(1).max(TITLE_MAX).optional(),
  }),
  "offer:stop": z.object({ offerId: id }),
  "chat:delete": z.object({ messageId: id }),
  "chat:mute": z.object({ streamId: id, userId: id, minutes: range(CHAT_MUTE_MINUTES) }),
  "chat:ban": z.object({ streamId: id, userId: id }),
  "chat:slowmode": z.object({ streamId: id, seconds: range(SLOW_MODE_SECONDS) }),
}

export type EventName = keyof typeof schemas
export type Input<E extends EventName> = z.infer<(typeof schemas)[E]>

/** Parses a payload or throws `bad_request` naming the first bad field. */
export function parseInput<E extends EventName>(event: E, raw: unknown): Input<E> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw badRequest("payload", "must be an object")
  }
  const r = schemas[event].safeParse(raw)
  if (r.success) {
    return r.data as Input<E>
  }
  const issue = r.error.issues[0]
  const field = issue.path.length ? issue.path.join(".") : "payload"
  throw badRequest(field, issue.message)
}
