import Medusa from "@medusajs/js-sdk"

/** The dashboard's client: same origin as the admin, session (cookie) auth. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export type AdminLiveStream = {
  id: string
  title: string
  status: "scheduled" | "live" | "ended"
  scheduled_at: string | null
  started_at: string | null
  ended_at: string | null
  producer: { id: string; name: string } | null
  viewer_count: number
  pinned_product_ids: string[]
}

export const fetchStreams = (status?: string) =>
  sdk.client.fetch<{ streams: AdminLiveStream[]; count: number }>("/admin/live/streams", {
    query: { limit: 50, ...(status ? { status } : {}) },
  })

export const endStream = (id: string) =>
  sdk.client.fetch<{ stream: AdminLiveStream }>(`/admin/live/streams/${id}/end`, { method: "POST" })

/** A seller's identity verification, as `/admin/live/sellers…` answers it (no ID number: its last 4 characters). */
export type SellerVerification = {
  id: string
  seller_id: string
  legal_name: string
  id_number_last4: string
  method: "vneid_level_2" | "vneid_level_1" | "in_person"
  verified_at: string
  verified_by: string
  note: string | null
  revoked_at: string | null
  revoked_by: string | null
  revoke_reason: string | null
}

export type AdminLiveSeller = { id: string; name: string; verification: SellerVerification | null }

export const fetchSellers = (q?: string) =>
  sdk.client.fetch<{ sellers: AdminLiveSeller[]; count: number }>("/admin/live/sellers", {
    query: { limit: 100, ...(q ? { q } : {}) },
  })

export type NewSellerVerification = {
  legal_name: string
  id_number: string
  method: SellerVerification["method"]
  verified_at?: string
  note?: string
}

export const recordVerification = (sellerId: string, body: NewSellerVerification) =>
  sdk.client.fetch<{ verification: SellerVerification }>(`/admin/live/sellers/${sellerId}/verification`, {
    method: "POST",
    body,
  })

export const revokeVerification = (sellerId: string, reason: string) =>
  sdk.client.fetch<{ verification: SellerVerification }>(`/admin/live/sellers/${sellerId}/verification/revoke`, {
    method: "POST",
    body: { reason },
  })

/** An encoder publishing now, as `GET /admin/live/ingests` answers it (stats from the media server). */
export type AdminLiveIngest = {
  stream_id: string
  stream: { id: string; title: string; status: AdminLiveStream["status"] } | null
  producer: { id: string; name: string | null } | null
  client_ip: string
  protocol: "rtmp" | "rtmps"
  resolution: string | null
  video: { codec: string | null; width: number; height: number; fps: number }
  audio: { codec: string | null; sample_rate: number; channels: number }
  bitrate_kbps: number
  bytes_in: number
  started_at: string
  uptime_s: number
}

export const fetchIngests = () => sdk.client.fetch<{ ingests: AdminLiveIngest[] }>("/admin/live/ingests")

export type AdminLiveRecording = {
  id: string
  stream_id: string
  stream_title: string | null
  status: "recording" | "ready" | "failed"
  started_at: string
  ended_at: string | null
  duration_ms: number
  bytes: number
}

export const fetchRecordings = () => sdk.client.fetch<{ recordings: AdminLiveRecording[] }>("/admin/live/recordings")

export const deleteRecording = (id: string) =>
  sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/live/recordings/${id}`, { method: "DELETE" })

export const stopIngest = (streamId: string) =>
  sdk.client.fetch<{ stream_id: string; ended: boolean; dropped: boolean; drop_error: string | null }>(
    `/admin/live/ingests/${streamId}/stop`,
    { method: "POST" }
  )
