import { backendLocale, StoreApi } from "../../../plugins/live-selling/widget/store-api"

/** The requests the widget's store client sends, answered with `answer`. */
function recording(answer: unknown) {
  const calls: { url: string; body: any }[] = []
  global.fetch = (async (url: URL, init: RequestInit) => {
    calls.push({ url: String(url), body: init.body ? JSON.parse(String(init.body)) : null })
    return { ok: true, status: 200, json: async () => answer } as Response
  }) as typeof fetch
  return calls
}

describe("the <ocop-live> widget asks in its language (issue 16)", () => {
  const realFetch = global.fetch
  afterEach(() => {
    global.fetch = realFetch
  })

  it("maps the widget's language to the backend's locale", () => {
    expect(["vi", "en", "zh", "fr"].map(backendLocale)).toEqual(["vi-VN", "en-US", "zh-CN", "vi-VN"])
  })

  it("reads the pinned products and opens the cart in that locale", async () => {
    const calls = recording({ products: [], cart: { id: "cart_1" } })
    const api = new StoreApi("http://backend.test", "pk_1", null, "zh-CN")
    await api.products(["prod_1"], "reg_1")
    await api.createCart("reg_1", "sc_live")
    expect(new URL(calls[0].url).searchParams.get("locale")).toBe("zh-CN")
    expect(calls[1].body).toEqual({ region_id: "reg_1", sales_channel_id: "sc_live", locale: "zh-CN" })
  })

  it("sends no locale when it has none", async () => {
    const calls = recording({ products: [], cart: { id: "cart_1" } })
    const api = new StoreApi("http://backend.test", "pk_1")
    await api.products(["prod_1"])
    await api.createCart("reg_1", null)
    expect(new URL(calls[0].url).searchParams.has("locale")).toBe(false)
    expect(calls[1].body).toEqual({ region_id: "reg_1" })
  })
})
