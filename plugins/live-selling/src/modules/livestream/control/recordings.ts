import { LiveError } from "../lib/errors"
import { interruptedOutcome, interruptedRecordings } from "../lib/interrupted-recording"
import { recordingsToDelete, type RetentionSettings } from "../lib/recording-retention"
import { replayTimeline } from "../lib/replay-timeline"
import {
  deleteFinishedRecording,
  finishRecording,
  insertRecording,
  keptRecordings,
  markRecordingsDeleted,
  recentRecordings,
  streamRecordings,
  takeUnpurged,
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

/**
 * The part is complete (its encoder stopped): ready to replay, with its length and size.
 * `interrupted`: the media server died while recording it and measured its folder on
 * coming back: `ready` with media, `failed` without (`lib/interrupted-recording.ts`).
 */
export async function recordingFinished(
  ctx: LiveControlContext,
  recordingId: string,
  durationMs: number,
  bytes: number,
  interrupted = false
) {
  const status = interrupted ? interruptedOutcome(durationMs, bytes) : "ready"
  const row = await finishRecording(ctx.db, recordingId, durationMs, bytes, status)
  if (!row) {
    throw new LiveError("not_found", `recording_id: no recording ${recordingId} in progress`)
  }
  return { recording: recordingView(row, null) }
}

/** What the media server says on each retention call: the parts it is recording, and since when it runs. */
export type MediaServerRecordings = { recording: string[]; since: Date | null }

/**
 * Retention: the recordings `settings` rule out (too old, or the oldest
 * beyond the size limit) are marked deleted; the caller (the media server)
 * removes their files, at the returned `path`s (also those an admin deleted
 * since the last call). With the media server's
 * `report`, also the parts it lost (`interrupted`: still `recording` but not
 * its own), which it measures and reports finished.
 */
export async function applyRecordingRetention(
  ctx: LiveControlContext,
  settings: RetentionSettings,
  now = Date.now(),
  report: MediaServerRecordings | null = null
) {
  const kept = await keptRecordings(ctx.db)
  const ids = recordingsToDelete(
    kept.map((r) => ({ id: r.id, startedAt: +r.started_at, endedAt: r.ended_at ? +r.ended_at : null, bytes: Number(r.bytes), status: r.status })),
    settings,
    now
  )
  const deleted = [...(await markRecordingsDeleted(ctx.db, ids)), ...(await takeUnpurged(ctx.db))]
  const lost = report
    ? new Set(
        interruptedRecordings(
          kept.map((r) => ({ id: r.id, status: r.status, startedAt: +r.started_at })),
          { recording: report.recording, since: report.since ? +report.since : null, now }
        )
      )
    : new Set<string>()
  return {
    deleted: deleted.map((r) => ({ id: r.id, stream_id: r.stream_id, path: r.path, bytes: Number(r.bytes) })),
    interrupted: kept.filter((r) => lost.has(r.id)).map((r) => ({ id: r.id, stream_id: r.stream_id, path: r.path })),
  }
}

/** The latest recordings (not deleted) of every stream, for the admin's live page. */
export async function adminRecordings(ctx: LiveControlContext, limit: number) {
  return {
    recordings: (await recentRecordings(ctx.db, limit)).map((r) => ({ ...recordingView(r, null), stream_title: r.stream_title })),
  }
}

/** An admin deletes a finished recording: gone from the replay now, its folder at the media server's next retention call. */
export async function deleteRecording(ctx: LiveControlContext, id: string) {
  const row = await deleteFinishedRecording(ctx.db, id)
  if (!row) {
    const exists = (await keptRecordings(ctx.db)).find((r) => r.id === id)
    if (exists?.status === "recording") throw new LiveError("bad_request", `id: recording ${id} is still recording (stop its ingest first)`)
    throw new LiveError("not_found", `id: recording ${id} not found`)
  }
  return { id, deleted: true }
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
