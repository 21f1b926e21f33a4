/**
 * /widget-demo.html: a producer's plain HTML page embedding <ocop-live>. The
 * backend, gateway, publishable key and sales channel are this storefront's
 * configuration, never the query string (a link could otherwise point the
 * widget, and a visitor's sign-in, at someone else's server). Only the stream
 * and the language come from the URL, checked against a pattern.
 */

export type WidgetDemoConfig = { backend: string; live: string; publishableKey: string; salesChannel?: string; storefront: string }

const STREAM = /^[A-Za-z0-9_-]{1,64}$/
const LANGS = ["vi", "en", "zh"]

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/** The <ocop-live> element's attributes for a demo URL's query. */
export function widgetDemoAttributes(query: URLSearchParams, c: WidgetDemoConfig): Record<string, string> {
  const stream = query.get("stream") ?? ""
  const lang = query.get("lang") ?? ""
  const attrs: Record<string, string> = {
    stream: STREAM.test(stream) ? stream : "",
    backend: c.backend,
    live: c.live,
    "publishable-key": c.publishableKey,
    lang: LANGS.includes(lang) ? lang : "vi",
    storefront: c.storefront,
  }
  if (c.salesChannel) attrs["sales-channel"] = c.salesChannel
  return attrs
}

/** The element as HTML, every attribute escaped. */
export function widgetElement(attrs: Record<string, string>): string {
  const list = Object.entries(attrs)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}="${escape(v)}"`)
    .join(" ")
  return `<ocop-live ${list}></ocop-live>`
}
