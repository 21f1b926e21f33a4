import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { markLiveClaimsOrderedWorkflow } from "../workflows/live/mark-live-claims-ordered"

/** An order with live-offer lines: its claims are marked converted with the order id. */
export default async function liveOrderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await markLiveClaimsOrderedWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "live-order-placed" },
}
