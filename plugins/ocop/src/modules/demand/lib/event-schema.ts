import { z } from "@medusajs/framework/zod"
import {
  DEMAND_EVENT_KINDS,
  DemandEventKind,
  DemandEventRow,
  DemandEventSource,
  isClientEventKind,
  MAX_QUANTITY,
  PAGE_KINDS,
  REFERRAL_CODE,
  REQUIRED_FIELDS,
  SHARE_CHANNELS,
} from "./event-kinds"
import { isoWeekOf } from "./iso-week"
import { normalizeText } from "./text"

export const MAX_BATCH = 500
/** Events older than this are refused: their week's rollup is already settled. */
export const MAX_AGE_DAYS = 60
/** Tolerated clock skew of a client ahead of the server. */
export const MAX_SKEW_MS = 5 * 60 * 1000

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "expected an id")

/** ISO 8601 with a time zone (Z or ±hh:mm), e.g. 2026-11-28T10:30:00+07:00. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/
const dateTime = z
  .string()
  .max(40)
  .refine((s) => ISO_DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)), "expected an ISO 8601 date-time with a time zone")

/**
 * One event from a storefront, kiosk or the live widget. Strict: an unknown
 * field (an email, a name, a phone number…) refuses the event, so nothing
 * personal can slip into the table. `session_id` is an opaque random id.
 */
export const DemandEventSchema = z
  .object({
    kind: z.enum(DEMAND_EVENT_KINDS),
    occurred_at: dateTime,
    product_id: id.optional(),
    variant_id: id.optional(),
    query: z.string().trim().min(1).max(200).optional(),
    location_key: z.string().regex(/^[a-z0-9-]{1,64}$/, "expected a location key such as ky-lua").optional(),
    stream_id: id.optional(),
    quantity: z.number().int().min(1).max(100000).optional(),
    value: z.number().int().min(0).max(100_000_000_000).optional(),
    session_id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "expected an opaque random id (8-64 characters)").optional(),
    channel: z.enum(SHARE_CHANNELS, { message: `expected one of ${SHARE_CHANNELS.join(", ")}` }).optional(),
    referral_code: z.string().regex(REFERRAL_CODE, "expected a referral code (8-16 letters and digits)").optional(),
  })
  .strict()

export type DemandEventInput = z.infer<typeof DemandEventSchema>

type Issue = { path: PropertyKey[]; message: string; code?: string; keys?: string[] }

function describe(issue: Issue, at: string, event: unknown): string {
  if (issue.code === "unrecognized_keys") {
    return `${at}: unknown field${issue.keys!.length > 1 ? "s" : ""} ${issue.keys!.map((k) => `"${k}"`).join(", ")}`
  }
  const field = issue.path.length ? `${at}.${issue.path.join(".")}` : at
  const missing = issue.path.length === 1 && (event as Record<string, unknown>)?.[issue.path[0] as string] === undefined
  return `${field}: ${missing ? "required" : issue.message}`
}

const isPageKind = (kind: DemandEventKind) => (PAGE_KINDS as readonly string[]).includes(kind)

/** Fields only some kinds carry: a share's channel, a shared link's referral code. */
function checkPageFields(e: DemandEventInput, at: string): string | null {
  if (e.channel !== undefined && e.kind !== "share") return `${at}.channel: not accepted for kind "${e.kind}"`
  if (e.referral_code !== undefined && !isPageKind(e.kind)) return `${at}.referral_code: not accepted for kind "${e.kind}"`
  if (isPageKind(e.kind) && e.product_id === undefined && e.stream_id === undefined) {
    return `${at}.product_id: required for kind "${e.kind}" (or stream_id)`
  }
  return null
}

/** Kind-specific fields and the accepted time window; null when the event is fine. */
function checkEvent(e: DemandEventInput, at: string, now: number, client: boolean): string | null {
  if (client && !isClientEventKind(e.kind)) return `${at}.kind: "${e.kind}" is recorded by the server only`
  for (const field of REQUIRED_FIELDS[e.kind]) {
    if (e[field] === undefined) return `${at}.${field}: required for kind "${e.kind}"`
  }
  const pageProblem = checkPageFields(e, at)
  if (pageProblem) return pageProblem
  const max = MAX_QUANTITY[e.kind]
  if (e.quantity !== undefined && !max) return `${at}.quantity: not accepted for kind "${e.kind}"`
  if (e.quantity !== undefined && e.quantity > max) return `${at}.quantity: at most ${max} for kind "${e.kind}"`
  const t = Date.parse(e.occurred_at)
  if (t > now + MAX_SKEW_MS) return `${at}.occurred_at: in the future`
  if (t < now - MAX_AGE_DAYS * 24 * 60 * 60 * 1000) return `${at}.occurred_at: older than ${MAX_AGE_DAYS} days`
  return null
}

export type ParsedBatch = { ok: true; events: DemandEventInput[] } | { ok: false; errors: string[] }

export type ParseOptions = {
  /** a client's batch (the publishable key): only `CLIENT_EVENT_KINDS` */
  client?: boolean
  maxErrors?: number
}

/**
 * Validates a batch `{ events: [...] }` (1 to 500 events). Every error names
 * its place as `events[i].field`; one bad event refuses the whole batch.
 */
export function parseDemandBatch(body: unknown, now: Date = new Date(), options: ParseOptions = {}): ParsedBatch {
  const { client = false, maxErrors = 5 } = options
  const events = (body as { events?: unknown } | null)?.events
  if (!body || typeof body !== "object" || !Array.isArray(events)) {
    return { ok: false, errors: ["events: expected an array of events"] }
  }
  const extra = Object.keys(body).filter((k) => k !== "events")
  if (extra.length) return { ok: false, errors: [`unknown field ${extra.map((k) => `"${k}"`).join(", ")}`] }
  if (!events.length || events.length > MAX_BATCH) {
    return { ok: false, errors: [`events: expected 1 to ${MAX_BATCH} events, got ${events.length}`] }
  }
  const errors: string[] = []
  const parsed: DemandEventInput[] = []
  for (let i = 0; i < events.length && errors.length < maxErrors; i++) {
    const at = `events[${i}]`
    const result = DemandEventSchema.safeParse(events[i])
    if (!result.success) {
      errors.push(describe(result.error.issues[0] as Issue, at, events[i]))
      continue
    }
    const problem = checkEvent(result.data, at, now.getTime(), client)
    if (problem) errors.push(problem)
    else parsed.push(result.data)
  }
  return errors.length ? { ok: false, errors } : { ok: true, events: parsed }
}

/** A batch sent with the publishable key: views, searches, cart additions and kiosk scans only. */
export const parseClientDemandBatch = (body: unknown, now: Date = new Date()) => parseDemandBatch(body, now, { client: true })

/**
 * The natural key of a visit through a shared link: one per visitor session,
 * referral code and page, so a reload (or a resent batch) counts nothing more.
 */
export function referralVisitRef(e: Pick<DemandEventInput, "session_id" | "referral_code" | "product_id" | "stream_id">): string {
  const page = e.product_id ? `product:${e.product_id}` : `stream:${e.stream_id}`
  return `referral_visit:${e.session_id}:${e.referral_code}:${page}`
}

/** The stored row of a validated event. */
export function toEventRow(e: DemandEventInput, source: DemandEventSource, ref: string | null = null): DemandEventRow {
  const occurred = Date.parse(e.occurred_at)
  return {
    kind: e.kind,
    occurred_at: new Date(occurred),
    week: isoWeekOf(occurred),
    product_id: e.product_id ?? null,
    variant_id: e.variant_id ?? null,
    query: e.query ?? null,
    query_norm: e.query ? normalizeText(e.query) || null : null,
    location_key: e.location_key ?? null,
    stream_id: e.stream_id ?? null,
    quantity: e.quantity ?? null,
    value: e.value ?? null,
    session_id: e.session_id ?? null,
    channel: e.channel ?? null,
    referral_code: e.referral_code ?? null,
    source,
    ref: ref ?? (e.kind === "referral_visit" ? referralVisitRef(e) : null),
  }
}
