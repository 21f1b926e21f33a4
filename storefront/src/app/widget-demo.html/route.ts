import { runtimeConfig } from "@/lib/config"
import { channelPublishableKey, salesChannelId } from "@/lib/data/channels"
import { requestOrigin } from "@/lib/site-url"
import { widgetDemoAttributes, widgetElement } from "@/lib/widget-demo"
import { widgetDemoPage } from "@/lib/widget-demo-page"

export const dynamic = "force-dynamic"

/** GET /widget-demo.html?stream=…&lang=…: the embedded widget on a plain page, with this shop's own backend and gateway. */
export async function GET(req: Request) {
  const c = runtimeConfig()
  const attrs = widgetDemoAttributes(new URL(req.url).searchParams, {
    backend: c.publicBackendUrl,
    live: c.liveUrl,
    publishableKey: channelPublishableKey("live"),
    salesChannel: salesChannelId("live"),
    storefront: await requestOrigin(),
  })
  // its one script is external ('self'): no nonce or hash needed
  return new Response(widgetDemoPage(widgetElement(attrs)), {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  })
}
