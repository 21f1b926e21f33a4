import { LiveError } from "../lib/errors"
import { getStream } from "../store/streams"
import type { Actor, Db, StreamRow } from "../lib/types"

/** Admins control every stream; a producer only its own. */
export function canControl(actor: Pick<Actor, "type" | "id">, stream: StreamRow): boolean {
  return actor.type === "user" || (actor.type === "producer" && stream.producer_id === actor.id)
}

/**
 * A producer may pin and sell only its own products; admins any. `ownerId`
 * undefined: the catalog does not know ownership (nothing to check).
 */
export function mayUseProduct(actor: Pick<Actor, "type" | "id">, ownerId: string | null | undefined): boolean {
  return actor.type === "user" || ownerId === undefined || (actor.type === "producer" && ownerId === actor.id)
}

/** The stream, if `actor` may control it; `not_found` / `forbidden` otherwise. */
export async function controlledStream(
  db: Db,
  actor: Pick<Actor, "type" | "id">,
  streamId: string
): Promise<StreamRow> {
  if (actor.type !== "user" && actor.type !== "producer") {
    throw new LiveError("forbidden", "only the stream's producer or an admin may do this")
  }
  const stream = await getStream(db, streamId)
  if (!stream) {
    throw new LiveError("not_found", `streamId: stream ${streamId} not found`)
  }
  if (!canControl(actor, stream)) {
    throw new LiveError("forbidden", "streamId: this stream belongs to another producer")
  }
  return stream
}
