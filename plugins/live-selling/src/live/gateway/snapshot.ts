import { offerView, streamView } from "../../modules/livestream/control/views"
import type { LiveControlContext } from "../../modules/livestream/control/context"
import { LiveError } from "../../modules/livestream/lib/errors"
import { listOpenOffers } from "../../modules/livestream/store/offers"
import { getStream } from "../../modules/livestream/store/streams"
import type { Snapshot } from "./rooms"

/** What a joining viewer needs: the stream, pinned products, open offers. */
export async function loadSnapshot(ctx: LiveControlContext, streamId: string): Promise<Snapshot> {
  const [stream, offers] = await Promise.all([
    getStream(ctx.db, streamId),
    listOpenOffers(ctx.db, streamId),
  ])
  if (!stream) {
    throw new LiveError("not_found", `streamId: stream ${streamId} not found`)
  }
  const left = await ctx.claims.left(offers)
  return {
    stream: streamView(stream),
    pinned: stream.pinned_product_ids ?? [],
    offers: offers.map((o) => offerView(o, left.get(o.id) ?? o.quantity - o.claimed)),
  }
}
