import { LiveError } from "../lib/errors"
import {
  MAX_RELAY_DESTINATIONS,
  maskRelayKey,
  redactKey,
  relayKeyProblem,
  relayUrlProblem,
  type RelayPlatform,
  type RelayState,
} from "../lib/relay-destination"
import { decryptRelayKey, encryptRelayKey } from "../lib/relay-key-crypto"
import type { Actor } from "../lib/types"
import { countRelays, deleteRelay, insertRelay, listRelays, setRelayEnabled, setRelayState, type RelayRow } from "../store/relays"
import { controlledStream } from "./authorize"
import type { LiveControlContext } from "./context"

type Who = Pick<Actor, "type" | "id">

/** What routes show of a destination: never the stream key, only its last 4 characters. */
export function relayView(r: RelayRow) {
  return {
    id: r.id,
    platform: r.platform,
    url: r.url,
    stream_key_hint: r.stream_key_hint,
    enabled: r.enabled,
    state: r.state,
    last_error: r.last_error,
    updated_at: r.updated_at,
  }
}
export type RelayView = ReturnType<typeof relayView>

/** The stream's multistream destinations, for its producer (or an admin). */
export async function streamRelays(ctx: LiveControlContext, actor: Who, streamId: string) {
  await controlledStream(ctx.db, actor, streamId)
  return (await listRelays(ctx.db, streamId)).map(relayView)
}

/**
 * Adds a destination (relayed while the encoder publishes):
 * the URL and key checked per platform (`bad_request` naming the field),
 * at most `MAX_RELAY_DESTINATIONS` per stream. The key is stored encrypted
 * with `secret` (JWT_SECRET), its hint (last 4 characters) beside it.
 */
export async function addRelay(
  ctx: LiveControlContext,
  actor: Who,
  streamId: string,
  input: { platform: RelayPlatform; url: string; stream_key: string; enabled?: boolean },
  secret: string
) {
  await controlledStream(ctx.db, actor, streamId)
  const urlProblem = relayUrlProblem(input.platform, input.url)
  if (urlProblem) throw new LiveError("bad_request", `url ${urlProblem}`, { field: "url" })
  const keyProblem = relayKeyProblem(input.stream_key)
  if (keyProblem) throw new LiveError("bad_request", `stream_key ${keyProblem}`, { field: "stream_key" })
  if ((await countRelays(ctx.db, streamId)) >= MAX_RELAY_DESTINATIONS) {
    throw new LiveError("bad_request", `streamId: at most ${MAX_RELAY_DESTINATIONS} destinations per stream`)
  }
  const row = await insertRelay(ctx.db, {
    streamId,
    platform: input.platform,
    url: input.url,
    streamKey: encryptRelayKey(secret, input.stream_key),
    streamKeyHint: maskRelayKey(input.stream_key),
    enabled: input.enabled ?? true,
  })
  return relayView(row)
}

export async function updateRelay(ctx: LiveControlContext, actor: Who, streamId: string, id: string, enabled: boolean) {
  await controlledStream(ctx.db, actor, streamId)
  const row = await setRelayEnabled(ctx.db, streamId, id, enabled)
  if (!row) throw new LiveError("not_found", `destination ${id} not found on this stream`)
  return relayView(row)
}

export async function removeRelay(ctx: LiveControlContext, actor: Who, streamId: string, id: string) {
  await controlledStream(ctx.db, actor, streamId)
  if (!(await deleteRelay(ctx.db, streamId, id))) {
    throw new LiveError("not_found", `destination ${id} not found on this stream`)
  }
  return { id, deleted: true }
}

/** Why a destination is not relayed when its stored key cannot be decrypted. */
export const UNREADABLE_RELAY_KEY = "the stream key cannot be decrypted (JWT_SECRET changed?): remove the destination and add it again"

/**
 * For the media server only: where to relay the publishing stream (enabled
 * destinations, with their keys decrypted). A key that no longer decrypts
 * (another JWT_SECRET, or altered) is not relayed; its destination is marked
 * `failed` saying why.
 */
export async function relayTargets(ctx: LiveControlContext, streamId: string, secret: string) {
  const targets: { id: string; url: string; key: string }[] = []
  for (const r of await listRelays(ctx.db, streamId, true)) {
    const key = readKey(secret, r.stream_key)
    if (key === null) await setRelayState(ctx.db, streamId, r.id, "failed", UNREADABLE_RELAY_KEY)
    else targets.push({ id: r.id, url: r.url, key })
  }
  return targets
}

function readKey(secret: string, stored: string): string | null {
  try {
    return decryptRelayKey(secret, stored)
  } catch {
    return null
  }
}

/**
 * The media server reports a relay's state (and why it failed); the key never
 * lands in the stored reason (the media server masks it; decrypted here, for
 * the media server's report only, to mask it again).
 */
export async function reportRelayState(
  ctx: LiveControlContext,
  streamId: string,
  id: string,
  state: RelayState,
  error: string | null,
  secret: string
) {
  const row = (await listRelays(ctx.db, streamId)).find((r) => r.id === id)
  if (!row) throw new LiveError("not_found", `destination ${id} not found on this stream`)
  const key = readKey(secret, row.stream_key)
  const reason = error ? (key === null ? UNREADABLE_RELAY_KEY : redactKey(error, key).slice(0, 500)) : null
  await setRelayState(ctx.db, streamId, id, state, reason)
  return { id, state }
}
