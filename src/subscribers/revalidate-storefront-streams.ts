import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateStorefront, streamChangeTags } from "../lib/revalidate-storefront"

/** A live stream was created, changed, went live or ended (through Medusa): its page and the stream lists. */
export default async function revalidateStreams({ event, container }: SubscriberArgs<{ id?: string }>) {
  await revalidateStorefront(container, streamChangeTags([event.data?.id]))
}

export const config: SubscriberConfig = {
  event: ["live_stream.created", "live_stream.updated", "live_stream.started", "live_stream.ended"],
}
