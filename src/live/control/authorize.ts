import { LiveError } from "../errors"
import { getStream } from "../store/streams"
import type { Actor, Db, StreamRow } from "../types"

/** Admins control every stream; a producer only its own. */
export function canControl(actor: Pick<Actor, "type" | "id">, stream: StreamRow): boolean {
  return actor.type === "user" || (actor.type === "producer" && stream.producer_id === actor.id)
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
