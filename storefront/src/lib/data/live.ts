import "server-only"
import { isStatus, storeGet } from "../medusa"
import type { LiveStream } from "../types"

/** Streams by status, or null when the live routes are not there (the live UI hides). */
export async function listStreams(status: "live" | "scheduled" | "ended"): Promise<LiveStream[] | null> {
  try {
    const { streams } = await storeGet<{ streams: LiveStream[] }>("/store/live/streams", { status })
    return streams ?? []
  } catch (e) {
    if (isStatus(e, 404)) return null
    console.error(`[storefront] live streams: ${(e as Error).message}`)
    return null
  }
}

export type StreamDetail = LiveStream & {
  description?: string | null
  offers?: unknown[]
}

export async function getStream(id: string): Promise<StreamDetail | null | undefined> {
  try {
    const { stream } = await storeGet<{ stream: StreamDetail }>(`/store/live/streams/${encodeURIComponent(id)}`)
    return stream
  } catch (e) {
    // undefined: the stream does not exist; null: the live routes are missing
    if (isStatus(e, 404)) return (await listStreams("live")) === null ? null : undefined
    throw e
  }
}
