import { widgetDemoAttributes, widgetElement } from "../../../storefront/src/lib/widget-demo"
import { widgetDemoPage } from "../../../storefront/src/lib/widget-demo-page"

const config = {
  backend: "https://api.shop.example",
  live: "wss://live.shop.example",
  publishableKey: "pk_live",
  salesChannel: "sc_live",
  storefront: "https://shop.example",
}

describe("/widget-demo.html", () => {
  it("points the widget at the configured backend and gateway, whatever the query string says", () => {
    const q = new URLSearchParams({ stream: "lstr_1", backend: "https://evil.example", live: "wss://evil.example", key: "pk_evil", channel: "sc_evil", lang: "en" })
    const html = widgetDemoPage(widgetElement(widgetDemoAttributes(q, config)))
    expect(html).not.toContain("evil")
    expect(html).toContain('backend="https://api.shop.example"')
    expect(html).toContain('live="wss://live.shop.example"')
    expect(html).toContain('publishable-key="pk_live"')
    expect(html).toContain('stream="lstr_1"')
    expect(html).toContain('lang="en"')
  })

  it("takes only a well-formed stream id and a known language, and has no inline script", () => {
    const q = new URLSearchParams({ stream: '"><script>alert(1)</script>', lang: "xx" })
    const html = widgetDemoPage(widgetElement(widgetDemoAttributes(q, config)))
    expect(html).not.toContain("alert(1)")
    expect(html).toContain('lang="vi"')
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/ocop-live.js" async>'])
  })
})
