import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOrderDemandWorkflow } from "../workflows/demand/record-order-demand"

/** Records a placed order's line items as demand and links the cart's pre-orders to it. */
export default async function demandOrderPlacedHandler({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await recordOrderDemandWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "demand-order-placed" },
}
