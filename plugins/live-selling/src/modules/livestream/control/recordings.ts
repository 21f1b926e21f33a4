import { LiveError } from "../lib/errors"
import { recordingsToDelete, type RetentionSettings } from "../lib/recording-retention"
import { replayTimeline } from "../lib/replay-timeline"
import {
  finishRecording,
  insertRecording,
  keptRecordings,
  markRecordingsDeleted,
  streamRecordings,
  timelineEvents,
  type RecordingRow,
} from "../store/recordings"
import { getStream } from "../store/streams"
import type { LiveControlContext } from "./context"

/** Where a recording lives under the media server's recordings folder (and URL). */
export const recordingPath = (streamId: string, recordingId: string) => `${streamId}/${recordingId}`

/** The media server started recording a part of `streamId` (it names the part). */
export async function recordingStarted(ctx: LiveControlContext, streamId: string, recordingId: string, startedAt: Date) {
  if (!(await getStream(ctx.db, streamId))) {
    throw new LiveError("not_found", `stream_id: stream ${streamId} not found`)
  }
  const path = recordingPath(streamId, recordingId)
  await insertRecording(ctx.db, { id: recordingId, streamId, path, startedAt })
  return { recording: { id: recordingId, stream_id: streamId, path } }
}

/** The part is complete (its encoder stopped): ready to replay, with its length and size. */
export async function recordingFinished(ctx: LiveControlContext, recordingId: string, durationMs: number, bytes: number) {
  const row = await finishRecording(ctx.db, recordingId, durationMs, bytes)
  if (!row) {
    throw new LiveError("not_found", `recording_id: no recording ${recordingId} in progress`)
  }
  return { recording: recordingView(row, null) }
}

/**
 * Retention: the recordings `settings` rule out (too old, or the oldest
 * beyond the size limit) are marked deleted; the caller (the media server)
 * removes their files, at the returned `path`s.
 */
export async function applyRecordingRetention(ctx: LiveControlContext, settings: RetentionSettings, now = Date.now()) {
  const kept = await keptRecordings(ctx.db)
  const ids = recordingsToDelete(
    kept.map((r) => ({ id: r.id, startedAt: +r.started_at, endedAt: r.ended_at ? +r.ended_at : null, bytes: Number(r.bytes), status: r.status })),
    settings,
    now
  )
  const deleted = await markRecordingsDeleted(ctx.db, ids)
  return { deleted: deleted.map((r) => ({ id: r.id, stream_id: r.stream_id, path: r.path, bytes: Number(r.bytes) })) }
}

/**
 * A stream's replay: its ready recordings (played one after the other) and
 * the timeline of pins, offers and the host's chat at offsets from the start.
 */
export async function streamReplay(ctx: LiveControlContext, streamId: string, mediaUrl: string) {
  const stream = await getStream(ctx.db, streamId)
  if (!stream) {
    throw new LiveError("not_found", `id: stream ${streamId} not found`)
  }
  const rows = (await streamRecordings(ctx.db, streamId)).filter((r) => r.status === "ready" && r.duration_ms > 0)
  const t = replayTimeline(
    rows.map((r) => ({ id: r.id, startedAt: +r.started_at, durationMs: r.duration_ms })),
    await timelineEvents(ctx.db, streamId)
  )
  const offsets = new Map(t.parts.map((p) => [p.id, p.offsetMs]))
  return {
    replay: {
      stream_id: streamId,
      stream_status: stream.status,
      duration_ms: t.durationMs,
      recordings: rows.map((r) => recordingView(r, mediaUrl, offsets.get(r.id) ?? 0)),
      timeline: {
        pins: t.pins.map((p) => ({ from_ms: p.from, to_ms: p.to, product_ids: p.productIds })),
        offers: t.offers.map((o) => ({
          offer_id: o.offerId,
          product_id: o.productId,
          variant_id: o.variantId,
          title: o.title,
          price: o.price,
          original_price: o.originalPrice,
          from_ms: o.from,
          to_ms: o.to,
          end_reason: o.endReason,
        })),
        chat: t.chat.map((c) => ({ at_ms: c.at, id: c.id, name: c.name, text: c.text, role: c.role })),
      },
    },
  }
}

function recordingView(r: RecordingRow, mediaUrl: string | null, offsetMs?: number) {
  return {
    id: r.id,
    stream_id: r.stream_id,
    status: r.status,
    started_at: r.started_at.toISOString(),
    ended_at: r.ended_at?.toISOString() ?? null,
    duration_ms: r.duration_ms,
    bytes: Number(r.bytes),
    ...(mediaUrl !== null ? { url: `${mediaUrl.replace(/\/+$/, "")}/recordings/${r.path}/index.m3u8`, offset_ms: offsetMs ?? 0 } : {}),
  }
}
