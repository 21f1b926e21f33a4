"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { FetchError } from "@medusajs/js-sdk"
import { isLocale } from "@/i18n"
import { field } from "../cart-writes"
import { sdk } from "../medusa"
import { clearProducerToken, producerFetch, setProducerToken } from "../producer"

function base(form: FormData) {
  const l = field(form, "locale")
  return `/${isLocale(l) ? l : "vi"}/producer`
}

const n = (form: FormData, name: string, fallback = 0) => {
  const v = Math.floor(Number(field(form, name)))
  return Number.isFinite(v) ? v : fallback
}

/** Runs a control call; errors come back to the page as `?error=` (no JavaScript needed). */
async function control(form: FormData, call: () => Promise<unknown>) {
  const streamId = field(form, "stream_id")
  const page = `${base(form)}/streams/${encodeURIComponent(streamId)}`
  let error: string | null = null
  try {
    await call()
  } catch (e) {
    if (!(e instanceof FetchError)) throw e
    error = e.message.slice(0, 300)
  }
  revalidatePath(page)
  redirect(error ? `${page}?error=${encodeURIComponent(error)}` : page)
}

export async function producerSignIn(form: FormData) {
  let token: string | null = null
  try {
    const res = await sdk().client.fetch<{ token: string }>("/auth/producer/emailpass", {
      method: "POST",
      body: { email: field(form, "email"), password: String(form.get("password") ?? "") },
    })
    token = res.token
  } catch (e) {
    if (!(e instanceof FetchError)) throw e
  }
  if (!token) redirect(`${base(form)}?error=login`)
  await setProducerToken(token)
  redirect(base(form))
}

export async function producerSignOut(form: FormData) {
  await clearProducerToken()
  redirect(base(form))
}

export async function scheduleStream(form: FormData) {
  const at = field(form, "scheduled_at")
  const url = field(form, "video_url")
  const pinned = form.getAll("product_id").map(String).slice(0, 3)
  let created: { stream: { id: string } } | null = null
  let error: string | null = null
  try {
    created = await producerFetch("/producer/streams", {
      body: {
        title: field(form, "title"),
        title_en: field(form, "title_en") || undefined,
        // datetime-local is the stall's time (Vietnam, UTC+7)
        scheduled_at: at ? new Date(`${at}:00+07:00`).toISOString() : undefined,
        video: url ? { kind: field(form, "video_kind") || "hls", url } : undefined,
        pinned_product_ids: pinned.length ? pinned : undefined,
      },
    })
  } catch (e) {
    if (!(e instanceof FetchError)) throw e
    error = e.message
  }
  if (!created) redirect(`${base(form)}?error=${encodeURIComponent(error ?? "")}`)
  redirect(`${base(form)}/streams/${created.stream.id}`)
}

export async function startStream(form: FormData) {
  await control(form, () => producerFetch(`/producer/streams/${field(form, "stream_id")}/start`, { body: {} }))
}

export async function endStream(form: FormData) {
  await control(form, () => producerFetch(`/producer/streams/${field(form, "stream_id")}/end`, { body: {} }))
}

export async function pinProducts(form: FormData) {
  const ids = form.getAll("product_id").map(String)
  await control(form, () => producerFetch(`/producer/streams/${field(form, "stream_id")}/pin`, { body: { product_ids: ids } }))
}

export async function launchOffer(form: FormData) {
  await control(form, () =>
    producerFetch(`/producer/streams/${field(form, "stream_id")}/offers`, {
      body: {
        variant_id: field(form, "variant_id"),
        price: n(form, "price"),
        quantity: n(form, "quantity", 1),
        per_customer_limit: n(form, "per_customer_limit", 1),
        starts_in_sec: n(form, "starts_in_sec", 10),
        duration_sec: n(form, "duration_sec", 300),
      },
    })
  )
}

export async function stopOffer(form: FormData) {
  await control(form, () =>
    producerFetch(`/producer/streams/${field(form, "stream_id")}/offers/${field(form, "offer_id")}/stop`, { body: {} })
  )
}

export async function setSlowMode(form: FormData) {
  await control(form, () =>
    producerFetch(`/producer/streams/${field(form, "stream_id")}/slow-mode`, { body: { seconds: n(form, "seconds") } })
  )
}

/** For the live panel (called from the client): chat moderation and figures. */
export async function moderate(streamId: string, action: "delete" | "mute" | "ban", target: string): Promise<string | null> {
  const path = `/producer/streams/${encodeURIComponent(streamId)}`
  try {
    if (action === "delete") await producerFetch(`${path}/messages/${encodeURIComponent(target)}`, { method: "DELETE" })
    if (action === "mute") await producerFetch(`${path}/mutes`, { body: { user_id: target, minutes: 10 } })
    if (action === "ban") await producerFetch(`${path}/bans`, { body: { user_id: target } })
    return null
  } catch (e) {
    if (e instanceof FetchError) return e.message
    throw e
  }
}

export type LivePanelData = {
  stats: { viewers: { current: number; peak: number }; claims: { total: number }; orders: number; gmv: number } | null
  messages: { id: string; user_id: string; name: string; role?: string; text: string }[]
}

export async function livePanelData(streamId: string): Promise<LivePanelData> {
  const path = `/producer/streams/${encodeURIComponent(streamId)}`
  const [stats, chat] = await Promise.all([
    producerFetch<{ stats: any }>(`${path}/stats`).catch(() => null),
    producerFetch<{ messages: LivePanelData["messages"] }>(`${path}/messages`, { query: { limit: 50 } }).catch(() => null),
  ])
  return { stats: stats?.stats ?? null, messages: chat?.messages ?? [] }
}

/** A new stream key for the encoder; the old one is refused from now on. */
export async function rotateStreamKey(form: FormData) {
  await control(form, () => producerFetch(`/producer/streams/${encodeURIComponent(field(form, "stream_id"))}/ingest/rotate-key`, { body: {} }))
}

const relaysPath = (form: FormData) => `/producer/streams/${encodeURIComponent(field(form, "stream_id"))}/relays`

/** Adds a multistream destination (the backend checks the URL per platform and the key). */
export async function addRelay(form: FormData) {
  const body = { platform: field(form, "platform"), url: field(form, "url").trim(), stream_key: field(form, "stream_key").trim() }
  await control(form, () => producerFetch(relaysPath(form), { body }))
}

/** Turns a multistream destination on or off. */
export async function toggleRelay(form: FormData) {
  const body = { enabled: field(form, "enabled") === "true" }
  await control(form, () => producerFetch(`${relaysPath(form)}/${encodeURIComponent(field(form, "relay_id"))}`, { body }))
}

export async function removeRelay(form: FormData) {
  await control(form, () => producerFetch(`${relaysPath(form)}/${encodeURIComponent(field(form, "relay_id"))}`, { method: "DELETE" }))
}
