/**
 * The replay of a live (#14) in Chromium against the real stack with its
 * media server: a synthetic encoder publishes, the producer pins a product
 * and runs an offer, the encoder stops and the stream ends; the replay page
 * plays the recording (its clock advances) and, jumping to the offer's
 * marker, shows the product pinned then at its regular price with the
 * ended offer's live price struck.
 */
import { fetchToken } from "../helpers/harness"
import { screenshot, watchErrors } from "./harness/browser"
import { until, useLiveStack } from "./harness/live"

jest.setTimeout(300_000)

const live = useLiveStack("replay", { OCOP_LIVE_INGEST_GRACE_SECONDS: "2" })
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function call(path: string, init: { method?: string; body?: unknown; token?: string; key?: string } = {}) {
  const res = await fetch(`${live.stack.backend}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      "content-type": "application/json",
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.key ? { "x-publishable-api-key": init.key } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(data)}`)
  return data
}

it("plays the recording of an ended live and shows, at the offer's moment, the product then pinned at its regular price", async () => {
  const { stack, browser } = live
  const token = await fetchToken(stack.backend, "producer", stack.logins.producer)
  const { stream } = await call("/producer/streams", { token, body: { title: "Phát lại: na Chi Lăng" } })
  const id = stream.id as string
  const { ingest } = await call(`/producer/streams/${id}/ingest`, { token })
  live.publish(ingest.url)
  await until(async () => (await call(`/store/live/streams/${id}`, { key: stack.publishableKey })).stream.status === "live", "the stream to go live")

  const { products } = await call("/producer/products", { token })
  const product = products[0]
  const variant = product.variants.find((v: any) => v.price === 65000) ?? product.variants[0]
  await sleep(3000)
  await call(`/producer/streams/${id}/pin`, { token, body: { product_ids: [product.id] } })
  const { offer } = await call(`/producer/streams/${id}/offers`, {
    token,
    body: { variant_id: variant.id, price: 49000, quantity: 5, per_customer_limit: 1, starts_in_sec: 10, duration_sec: 600 },
  })
  // the gateway starts the offer when its countdown ends
  await until(async () => {
    const { stream: s } = await call(`/store/live/streams/${id}`, { key: stack.publishableKey })
    return s.offers?.some((o: any) => o.id === offer.id && o.status === "live")
  }, "the offer to start")
  await sleep(4000)
  await call(`/producer/streams/${id}/offers/${offer.id}/stop`, { token, body: {} })
  await sleep(3000)
  live.stopEncoder()

  const replay = await until(async () => {
    const { replay: r } = await call(`/store/live/streams/${id}/replay`, { key: stack.publishableKey })
    return r.stream_status === "ended" && r.recordings.length && r.timeline.offers.length ? r : null
  }, "the replay")
  const offerAt = replay.timeline.offers[0].from_ms as number

  const page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage()
  const errors = watchErrors(page)
  await page.goto(`${stack.storefront}/vi/live/${id}`)
  await page.getByRole("link", { name: "Xem lại buổi live" }).click()
  await page.waitForURL(new RegExp(`/vi/live/${id}/replay$`))
  const video = page.locator("video.replay-video")
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true
    return v.play()
  })
  const time = () => video.evaluate((v: HTMLVideoElement) => v.currentTime)
  const first = await until(async () => ((await time()) > 0.3 ? time() : null), "the replay to play")
  await until(async () => (await time()) > first + 1, "the replay's clock to advance")

  // jump to the offer: the product pinned then, at its regular price, the live price struck
  await page.locator(`.replay-marker-offer[data-at-ms="${offerAt}"]`).click()
  await until(async () => Math.abs((await time()) * 1000 - offerAt) < 1500, "the seek to the offer")
  const item = page.locator(`.replay-product[data-product-id="${product.id}"]`)
  await item.waitFor()
  expect(await item.locator(".replay-price").innerText()).toMatch(/Giá thường: 65\.000/)
  expect(await item.locator(".replay-offer").innerText()).toMatch(/49\.000[\s\S]*đã kết thúc/)
  await item.getByRole("button", { name: "Thêm vào giỏ" }).waitFor()
  await screenshot(page, "live-replay")
  expect(errors).toEqual([])
})
