import { runtimeConfig } from "@/lib/config"
import { channelPublishableKey, salesChannelId } from "@/lib/data/channels"
import { siteOrigin } from "@/lib/site-url"
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
    storefront: await siteOrigin(),
  })
  // the CSP nonce middleware.ts made for this request, on the page's script
  return new Response(widgetDemoPage(widgetElement(attrs), req.headers.get("x-nonce")), {
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  })
}
