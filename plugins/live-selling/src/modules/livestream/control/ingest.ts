import { encoderStreamKey, hashKey, keyMatches, newKeyNonce, streamKey } from "../lib/ingest-key"
import { LiveError } from "../lib/errors"
import { goLiveRefusal } from "../lib/seller-verification"
import { shopVideoUrls } from "../lib/video"
import type { Actor } from "../lib/types"
import { getIngest, markIdleAfterGrace, markPublishing, markReconnecting, markStopped, saveIngestKey, setShopVideo } from "../store/ingest"
import { getStream } from "../store/streams"
import { activeVerification } from "../store/verifications"
import { controlledStream } from "./authorize"
import type { LiveControlContext } from "./context"
import { endStream, startStream } from "./streams"

type Who = Pick<Actor, "type" | "id">

/** Where encoders publish (`rtmpUrl`, e.g. rtmp://host:1935/live) and viewers play (`mediaUrl`). */
export type IngestSettings = { secret: string; rtmpUrl: string; mediaUrl: string; rtmpsUrl?: string }

/**
 * The stream's ingest for its producer (or an admin): the RTMP server, the
 * secret stream key (made on first use, and again if JWT_SECRET changed;
 * `rotate` replaces it, the old one is refused from then on) and the playback URLs.
 */
export async function streamIngest(ctx: LiveControlContext, actor: Who, streamId: string, s: IngestSettings, rotate = false) {
  await controlledStream(ctx.db, actor, streamId)
  let row = await getIngest(ctx.db, streamId)
  // a new key also when the server secret changed since (the old one no longer derives)
  if (!row || rotate || !keyMatches(streamKey(s.secret, streamId, row.key_nonce), row.key_hash)) {
    const nonce = newKeyNonce()
    row = await saveIngestKey(ctx.db, streamId, nonce, hashKey(streamKey(s.secret, streamId, nonce)))
  }
  const key = encoderStreamKey(streamId, streamKey(s.secret, streamId, row.key_nonce))
  const server = s.rtmpUrl.replace(/\/+$/, "")
  const rtmps = s.rtmpsUrl?.replace(/\/+$/, "")
  return {
    streamId,
    status: row.status,
    server,
    streamKey: key,
    url: `${server}/${key}`,
    /** RTMPS (TLS) where the media server takes it, else null. */
    rtmpsServer: rtmps ?? null,
    rtmpsUrl: rtmps ? `${rtmps}/${key}` : null,
    playback: shopVideoUrls(s.mediaUrl, streamId),
  }
}

/**
 * An encoder publishes `streamId` with `key`: refused (`forbidden`) for a
 * wrong or rotated key, (`not_live`) for an ended stream or (`forbidden`)
 * a seller who may not go live; otherwise the stream plays the media
 * server's video (viewers get `stream:video` when it changes) and goes live
 * (`stream:status`).
 */
export async function ingestPublish(ctx: LiveControlContext, streamId: string, key: string, mediaUrl: string) {
  const row = await getIngest(ctx.db, streamId)
  if (!row || !keyMatches(key, row.key_hash)) {
    throw new LiveError("forbidden", "key: wrong or rotated stream key")
  }
  const stream = await getStream(ctx.db, streamId)
  if (!stream) {
    throw new LiveError("not_found", `streamId: stream ${streamId} not found`)
  }
  if (stream.status === "ended") {
    throw new LiveError("not_live", "streamId: this stream has ended")
  }
  const producer: Who = { type: "producer", id: stream.producer_id }
  if (stream.status === "scheduled") {
    const refusal = goLiveRefusal(stream.producer_id, await activeVerification(ctx.db, stream.producer_id))
    if (refusal) throw new LiveError("forbidden", refusal)
  }
  const video = shopVideoUrls(mediaUrl, streamId)
  if (stream.video_kind !== "shop" || stream.video_url !== video.url) {
    await setShopVideo(ctx.db, streamId, video.url)
    // viewers already on the page switch to the shop's own video
    await ctx.log.publish(streamId, "stream:video", { video: { kind: "shop", ...video } })
  }
  await markPublishing(ctx.db, streamId)
  const { stream: view } = await startStream(ctx, producer, streamId)
  return { stream: view }
}

/**
 * Whether a publishing encoder may go on: its key is still the stream's
 * (not rotated since) and the stream has not ended; refusals as in `ingestPublish`.
 */
export async function ingestCheck(ctx: LiveControlContext, streamId: string, key: string) {
  const row = await getIngest(ctx.db, streamId)
  if (!row || !keyMatches(key, row.key_hash)) {
    throw new LiveError("forbidden", "key: wrong or rotated stream key")
  }
  const stream = await getStream(ctx.db, streamId)
  if (!stream || stream.status === "ended") {
    throw new LiveError("not_live", "streamId: this stream has ended")
  }
  return { ok: true }
}

/** The encoder stopped: the grace period starts (`reconnecting`). */
export async function ingestUnpublish(ctx: LiveControlContext, streamId: string) {
  return { reconnecting: await markReconnecting(ctx.db, streamId) }
}

/** The grace period ran out without the encoder coming back: the stream ends. */
export async function ingestGraceOver(ctx: LiveControlContext, streamId: string) {
  if (!(await markIdleAfterGrace(ctx.db, streamId))) {
    return { ended: false }
  }
  const stream = await getStream(ctx.db, streamId)
  if (!stream || stream.status !== "live") {
    return { ended: false }
  }
  await endStream(ctx, { type: "producer", id: stream.producer_id }, streamId)
  return { ended: true }
}

/**
 * An admin stops a stream's ingest: unlike an encoder that stops by itself
 * (a grace period, then the end), the stream ends at once (the rooms get
 * `stream:status` ended, open offers stop) and then `drop` drops the encoder;
 * an ended stream takes no new publish, so it cannot come back with the same
 * key. `drop` answers whether an encoder was publishing; when the media server
 * is unreachable the stream still ends, and its re-check drops the encoder.
 * `not_found` for a stream neither live nor publishing.
 */
export async function stopIngest(ctx: LiveControlContext, actor: Who, streamId: string, drop: (streamId: string) => Promise<boolean>) {
  const stream = await controlledStream(ctx.db, actor, streamId)
  const wasLive = stream.status === "live"
  if (wasLive) await endStream(ctx, actor, streamId)
  let dropped = false
  let dropError: string | null = null
  try {
    dropped = await drop(streamId)
  } catch (e) {
    dropError = (e as Error).message
  }
  if (!wasLive && !dropped) {
    throw new LiveError("not_found", `streamId: no encoder publishes to stream ${streamId}`)
  }
  await markStopped(ctx.db, streamId)
  return { streamId, ended: wasLive, dropped, dropError }
}
