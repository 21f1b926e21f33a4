import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { captureCodOnDeliveryWorkflow } from "../workflows/payments"

/** Cash on delivery is captured when the delivery is marked done. */
export default async function captureCodOnDelivery({ event, container }: SubscriberArgs<{ id: string }>) {
  await captureCodOnDeliveryWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "delivery.created" }
