/**
 * Pages from cache (issue #13): the storefront's store reads are shared in
 * Next's data cache under tags (storefront/src/lib/cache-tags.ts), and the
 * product, home and live pages made from them are kept whole (ISR); the
 * backend's subscribers drop the tags through POST /api/revalidate when a
 * product, price, stock, certificate or stream changes, which drops the pages too. Against the real
 * stack (`scripts/start.js`: the generated STOREFRONT_REVALIDATE_SECRET is
 * given to both, and Medusa the storefront's revalidation URL).
 */
import { Client } from "pg"
import type { Browser } from "playwright-core"
import { waitFor } from "../helpers/harness"
import { launchBrowser, settled, watchErrors } from "./harness/browser"
import { adminGet, adminToken } from "./harness/medusa"
import { startStack, type Stack } from "./harness/stack"
import { formatVnd } from "../../storefront/src/lib/money"
import { inlineScriptHashes } from "../../storefront/src/lib/security/inline-scripts"

jest.setTimeout(180_000)

const HANDLE = "hoa-hoi-kho-chi-lang"
let stack: Stack

beforeAll(async () => {
  stack = await startStack("pages")
}, 900_000)

afterAll(async () => {
  await stack?.stop()
}, 60_000)

const page = async (path: string) => {
  const res = await fetch(`${stack.storefront}${path}`)
  expect(res.status).toEqual(200)
  return { html: await res.text(), headers: res.headers }
}
const productPage = async () => (await page(`/vi/products/${HANDLE}`)).html

/** Whether the answer came from a cache: Next's (x-nextjs-cache HIT or STALE) or the server's 1 s copy of it. */
const fromCache = (headers: Headers) => /^(HIT|STALE)$/.test(headers.get("x-nextjs-cache") ?? "") || headers.get("x-storefront-cache") === "HIT"

/** Reads the page until it contains `text`, for at most `ms` (the bound: 5 s); rejects naming `text` after that. */
const shows = (text: string, ms: number): Promise<boolean> =>
  waitFor(async () => (await productPage()).includes(text), { what: `the product page to show ${text} within ${ms} ms`, timeoutMs: ms })

const revalidate = (body: unknown, headers: Record<string, string>) =>
  fetch(`${stack.storefront}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  })

async function sql(query: string, params: unknown[]) {
  const client = new Client({ connectionString: stack.databaseUrl })
  await client.connect()
  try {
    return await client.query(query, params)
  } finally {
    await client.end()
  }
}

describe("POST /api/revalidate", () => {
  it("refuses a missing or wrong secret (401) and anything but known tags (400 naming the field)", async () => {
    expect(stack.revalidateSecret).toMatch(/^[\w-]{40,}$/)
    const none = await revalidate({ tags: ["products"] }, {})
    expect(none.status).toEqual(401)
    const wrong = await revalidate({ tags: ["products"] }, { "x-revalidate-secret": stack.revalidateSecret + "x" })
    expect(wrong.status).toEqual(401)
    expect((await revalidate({ tags: ["products"] }, { authorization: "Bearer nope" })).status).toEqual(401)

    const secret = { "x-revalidate-secret": stack.revalidateSecret }
    const unknown = await revalidate({ tags: ["products", "cart:123"] }, secret)
    expect(unknown.status).toEqual(400)
    expect(await unknown.json()).toMatchObject({ field: "tags[1]", message: expect.stringContaining("tags[1]") })
    const missing = await revalidate({}, secret)
    expect(missing.status).toEqual(400)
    expect(await missing.json()).toMatchObject({ field: "tags" })
    expect((await revalidate("not json", secret)).status).toEqual(400)

    const ok = await revalidate({ tags: ["products", `product:${HANDLE}`] }, { authorization: `Bearer ${stack.revalidateSecret}` })
    expect(ok.status).toEqual(200)
    expect(await ok.json()).toEqual({ revalidated: ["products", `product:${HANDLE}`] })
  })

  it("serves the product from the cache until its tag is dropped", async () => {
    const before = await productPage()
    const { rows } = await sql("SELECT title FROM product WHERE handle = $1", [HANDLE])
    expect(before).toContain(rows[0].title)
    // behind Medusa's back: no event, so only the cache answers
    const title = `Hoa hồi khô (cache ${Date.now().toString(36)})`
    await sql("UPDATE product SET title = $1 WHERE handle = $2", [title, HANDLE])
    try {
      expect(await productPage()).not.toContain(title)
      const ok = await revalidate({ tags: [`product:${HANDLE}`] }, { "x-revalidate-secret": stack.revalidateSecret })
      expect(ok.status).toEqual(200)
      expect(await productPage()).toContain(title)
    } finally {
      await sql("UPDATE product SET title = $1 WHERE handle = $2", [rows[0].title, HANDLE])
      await revalidate({ tags: [`product:${HANDLE}`] }, { "x-revalidate-secret": stack.revalidateSecret })
    }
  })
})

describe("the pages themselves", () => {
  it("serves the product, home, live and policy pages from the cache, the same bytes for every visitor", async () => {
    for (const path of [`/vi/products/${HANDLE}`, "/vi", "/en/live", "/vi/policies/privacy"]) {
      await page(path) // made on the first visit
      const [a, b] = [await page(path), await page(path)]
      expect({ path, cached: fromCache(a.headers) && fromCache(b.headers) }).toEqual({ path, cached: true })
      expect(a.headers.get("cache-control")).toMatch(/s-maxage=\d+/)
      expect(b.html).toEqual(a.html)
    }
    // a visitor with a cart and a signed-in look gets the same page: what is its own comes from GET /api/visitor
    const withCookies = await fetch(`${stack.storefront}/vi/products/${HANDLE}`, { headers: { cookie: "_ocop_cart=cart_x; _ocop_adult=1" } })
    expect(fromCache(withCookies.headers)).toBe(true)
    const visitor = await fetch(`${stack.storefront}/api/visitor`)
    expect(visitor.headers.get("cache-control")).toContain("no-store")
    expect(await visitor.json()).toEqual({ cart_items: 0, signed_in: false, referral_code: null })
  })

  // Next keeps the 404 of an ISR route too (x-nextjs-cache HIT the second time), in memory only (next.config: isrFlushToDisk false)
  it("answers a made-up product URL 404, and never from the server's copy", async () => {
    const made = `/vi/products/no-such-${Date.now().toString(36)}`
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${stack.storefront}${made}`)
      expect(res.status).toEqual(404)
      expect(res.headers.get("x-storefront-cache")).toBeNull()
    }
  })

  it("answers a dropped tag with a new page at once, then serves that one from the cache", async () => {
    const { rows } = await sql("SELECT title FROM product WHERE handle = $1", [HANDLE])
    await productPage()
    const title = `Hoa hồi khô (ISR ${Date.now().toString(36)})`
    await sql("UPDATE product SET title = $1 WHERE handle = $2", [title, HANDLE])
    try {
      const stale = await page(`/vi/products/${HANDLE}`)
      expect([stale.html.includes(title), fromCache(stale.headers)]).toEqual([false, true])
      expect((await revalidate({ tags: [`product:${HANDLE}`] }, { "x-revalidate-secret": stack.revalidateSecret })).status).toEqual(200)
      const fresh = await page(`/vi/products/${HANDLE}`)
      expect(fresh.html).toContain(title)
      const again = await page(`/vi/products/${HANDLE}`)
      expect([again.html.includes(title), fromCache(again.headers)]).toEqual([true, true])
    } finally {
      await sql("UPDATE product SET title = $1 WHERE handle = $2", [rows[0].title, HANDLE])
      await revalidate({ tags: [`product:${HANDLE}`] }, { "x-revalidate-secret": stack.revalidateSecret })
    }
  })
})

describe("a change in the admin", () => {
  it("shows a new title and a new price on the product page within 5 s", async () => {
    const token = await adminToken(stack.backend)
    const { products } = await adminGet(stack.backend, token, `/admin/products?handle=${HANDLE}&fields=id,title,*variants`)
    const product = products[0]
    await productPage() // cached now

    const title = `Hoa hồi khô Chi Lăng ${Date.now().toString(36)}`
    const renamed = await fetch(`${stack.backend}/admin/products/${product.id}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ title }),
    })
    expect(renamed.status).toEqual(200)
    await expect(shows(title, 5000)).resolves.toBe(true)

    const amount = 987_000
    const repriced = await fetch(`${stack.backend}/admin/products/${product.id}/variants/${product.variants[0].id}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ prices: [{ currency_code: "vnd", amount }] }),
    })
    expect(repriced.status).toEqual(200)
    await expect(shows(formatVnd(amount, "vi"), 5000)).resolves.toBe(true)
  })

  it("shows a changed OCOP certificate on the product page within 5 s", async () => {
    const token = await adminToken(stack.backend)
    const { products } = await adminGet(stack.backend, token, `/admin/products?handle=${HANDLE}&fields=id`)
    const store = await fetch(`${stack.backend}/store/ocop/products/${HANDLE}`, { headers: { "x-publishable-api-key": stack.publishableKey } })
    const shown = ((await store.json()) as { product: any }).product.ocop
    expect(shown).toBeTruthy()
    const { certifications } = await adminGet(stack.backend, token, `/admin/ocop/certifications?product_id=${products[0].id}`)
    const current = certifications.find((c: any) => c.decided_at === shown.decided_at && !c.superseded_by_id) ?? certifications[0]
    await productPage() // cached now

    const decision = `${Date.now().toString(36).toUpperCase()}/QĐ-UBND`
    const changed = await fetch(`${stack.backend}/admin/ocop/certifications/${current.id}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ decision_number: decision }),
    })
    expect(changed.status).toEqual(200)
    await expect(shows(`data-testid="decision">${decision}<`, 5000)).resolves.toBe(true)
  })
})

/**
 * The catalogue page reads its query, so Next renders it per request; the
 * storefront's server keeps one copy per query in normal form
 * (storefront/src/server/catalogue-pages.ts), dropped by the tags it read.
 */
describe("the catalogue page", () => {
  // what the filter form sends: the hidden order first, then the ticked boxes
  const FILTERED = "/vi/products?order=-stars&stars=5&stars=4&group=food&in_season=true"
  const kept = (headers: Headers) => headers.get("x-storefront-cache") === "HIT"
  const secret = () => ({ "x-revalidate-secret": stack.revalidateSecret })

  it("serves a query from its copy: the same bytes, with a policy allowing exactly their scripts, for every spelling and visitor", async () => {
    await page(FILTERED) // rendered on the first visit
    const a = await page(FILTERED)
    expect(kept(a.headers)).toBe(true)
    const scriptSrc = /script-src ([^;]*)/.exec(a.headers.get("content-security-policy") ?? "")![1].split(" ")
    expect(scriptSrc).toEqual(["'self'", ...inlineScriptHashes(a.html)])
    for (const spelling of [
      "/vi/products?group=food&in_season=true&stars=4&stars=5",
      "/vi/products?in_season=true&stars=4,5&group=food&utm_source=zalo",
      "/vi/products?stars=4&group=food&stars=5&stars=4&in_season=true&page=1&q=&fbclid=made-up",
    ]) {
      const b = await page(spelling)
      expect({ spelling, kept: kept(b.headers), same: b.html === a.html }).toEqual({ spelling, kept: true, same: true })
    }
    const withCookies = await fetch(`${stack.storefront}${FILTERED}`, { headers: { cookie: "_ocop_cart=cart_x; _ocop_jwt=x" } })
    expect([withCookies.status, kept(withCookies.headers), await withCookies.text()]).toEqual([200, true, a.html])
    // another query is another page
    const other = await page("/vi/products?stars=3")
    expect(other.html).not.toEqual(a.html)
  })

  it("drops the copy with a tag it read, at once, and keeps it for other tags", async () => {
    await page(FILTERED)
    expect(kept((await page(FILTERED)).headers)).toBe(true)
    expect((await revalidate({ tags: ["streams"] }, secret())).status).toEqual(200)
    expect(kept((await page(FILTERED)).headers)).toBe(true)
    expect((await revalidate({ tags: ["catalogue", "product:na-chi-lang"] }, secret())).status).toEqual(200)
    expect(kept((await page(FILTERED)).headers)).toBe(false) // rendered anew
    expect(kept((await page(FILTERED)).headers)).toBe(true)
  })

  // Next's router asks for a page's RSC payload (`RSC: 1`) on a client-side navigation and a link's prefetch
  const rsc = (path: string, headers: Record<string, string>) =>
    fetch(`${stack.storefront}${path}${path.includes("?") ? "&" : "?"}_rsc=spec`, { headers: { rsc: "1", ...headers } })

  it("serves a query's RSC payload (navigation and prefetch) from its copy: the same bytes for every spelling and visitor, dropped with its tags", async () => {
    for (const router of [{}, { "next-router-prefetch": "1" }]) {
      await rsc(FILTERED, router) // rendered on the first request
      const a = await rsc(FILTERED, { ...router, cookie: "_ocop_cart=cart_a" })
      const b = await rsc("/vi/products?stars=4,5&group=food&in_season=true&utm_source=zalo", { ...router, cookie: "_ocop_cart=cart_b; _ocop_jwt=x" })
      const [bodyA, bodyB] = [await a.text(), await b.text()]
      expect({ router, status: [a.status, b.status], kept: [kept(a.headers), kept(b.headers)] }).toEqual({ router, status: [200, 200], kept: [true, true] })
      expect(a.headers.get("content-type")).toMatch(/^text\/x-component/)
      expect(bodyB).toEqual(bodyA)
      expect(bodyA).not.toMatch(/^<!DOCTYPE/i)
    }
    // a navigation and a prefetch are not the same payload, nor is another query
    const navigation = await (await rsc(FILTERED, {})).text()
    expect(await (await rsc(FILTERED, { "next-router-prefetch": "1" })).text()).not.toEqual(navigation)
    expect(await (await rsc("/vi/products?stars=3", {})).text()).not.toEqual(navigation)
    expect((await revalidate({ tags: ["catalogue"] }, secret())).status).toEqual(200)
    expect(kept((await rsc(FILTERED, {})).headers)).toBe(false) // rendered anew
    expect(kept((await rsc(FILTERED, {})).headers)).toBe(true)
  })

  it("shows an admin price change on a kept catalogue query within 5 s", async () => {
    const token = await adminToken(stack.backend)
    const { products } = await adminGet(stack.backend, token, `/admin/products?handle=${HANDLE}&fields=id,*variants`)
    // a search: its list is read per process (not in Next's tagged data cache), and the page kept here
    const path = `/vi/products?q=${encodeURIComponent("hoa hoi kho")}`
    const card = (html: string) => (html.includes(`/vi/products/${HANDLE}"`) ? html.slice(html.indexOf(`/vi/products/${HANDLE}"`)) : "")
    expect(card((await page(path)).html)).not.toEqual("") // the product is listed
    expect(kept((await page(path)).headers)).toBe(true)
    await rsc(path, {}) // a client-side navigation to it: its payload kept too
    expect(kept((await rsc(path, {})).headers)).toBe(true)

    const amount = 1_357 // below any other variant's: the card's lowest price
    const repriced = await fetch(`${stack.backend}/admin/products/${products[0].id}/variants/${products[0].variants[0].id}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ prices: [{ currency_code: "vnd", amount }] }),
    })
    expect(repriced.status).toEqual(200)
    const price = formatVnd(amount, "vi")
    await expect(
      waitFor(async () => card((await page(path)).html).includes(price), { what: `the catalogue to show ${price} within 5 s`, timeoutMs: 5000 })
    ).resolves.toBe(true)
    // the kept RSC payload too (a client-side navigation would otherwise show the old price)
    await expect(
      waitFor(async () => (await (await rsc(path, {})).text()).includes(price), { what: `the catalogue's RSC payload to hold ${price}`, timeoutMs: 5000 })
    ).resolves.toBe(true)
  })

  describe("in Chromium", () => {
    let browser: Browser
    beforeAll(async () => {
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
    })

    it("answers a second visitor's client-side navigation to the catalogue (and its prefetch) from the kept RSC payloads", async () => {
      const visit = async () => {
        const context = await browser.newContext()
        const tab = await context.newPage()
        const errors = watchErrors(tab)
        const payloads: { prefetch: boolean; status: number; kept: boolean }[] = []
        tab.on("response", async (r) => {
          const url = new URL(r.url())
          if (url.pathname !== "/vi/products" || !r.request().headers()["rsc"]) return
          const headers = await r.allHeaders()
          payloads.push({ prefetch: "next-router-prefetch" in r.request().headers(), status: r.status(), kept: headers["x-storefront-cache"] === "HIT" })
        })
        await tab.goto(`${stack.storefront}/vi`, { waitUntil: "load" })
        await tab.locator('header a[href="/vi/products"]').click()
        await tab.waitForURL(`${stack.storefront}/vi/products`)
        await tab.locator('a[href^="/vi/products/"]').first().waitFor()
        expect(await settled(errors)).toEqual([])
        await context.close()
        return payloads
      }
      const first = await visit()
      expect(first.some((p) => !p.prefetch)).toBe(true) // the navigation asked Next for the payload
      const second = await visit()
      expect(second.length).toBeGreaterThan(0)
      expect(second.every((p) => p.status === 200 && p.kept)).toBe(true)
    })

    it("hydrates a copy kept for another spelling of the query without errors, and its links carry the browser's own query", async () => {
      await page(FILTERED)
      const spelling = "/vi/products?stars=4&group=food&in_season=true&stars=5&utm_source=zalo"
      expect(kept((await page(spelling)).headers)).toBe(true)
      const context = await browser.newContext()
      const tab = await context.newPage()
      const errors = watchErrors(tab)
      const logged: string[] = []
      tab.on("console", (m) => {
        if (m.type() === "error" || /hydrat/i.test(m.text())) logged.push(m.text())
      })
      await tab.goto(`${stack.storefront}${spelling}`, { waitUntil: "load" })
      expect(tab.url()).toEqual(`${stack.storefront}${spelling}`)
      const english = tab.getByRole("navigation", { name: "Ngôn ngữ" }).getByRole("link", { name: "English" })
      await waitFor(async () => (await english.getAttribute("href")) === `/en${spelling.slice(3)}`, {
        what: "the English link to carry the browser's query",
        timeoutMs: 5000,
      })
      // the filter form ticks what the query asked for, and sends it again
      await expect(tab.getByRole("checkbox", { name: /food|Thực phẩm/i }).first().isChecked()).resolves.toBe(true)
      await tab.getByRole("form", { name: /lọc/i }).getByRole("button").last().click()
      await tab.waitForURL(/group=food/)
      expect(await settled(errors)).toEqual([])
      expect(logged).toEqual([])
      await context.close()
    })
  })
})

describe("the kiosk shop page", () => {
  const KIOSK = "/vi/kiosk/ky-lua/shop"
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("is the same bytes from the cache for any cart cookie and query; GET /api/kiosk/cart is per visitor, 400 on a bad query", async () => {
    await page(KIOSK) // made on the first visit
    const a = await fetch(`${stack.storefront}${KIOSK}`, { headers: { cookie: "_ocop_cart=cart_a" } })
    const b = await fetch(`${stack.storefront}${KIOSK}?idle=6&placed=order_x`, { headers: { cookie: "_ocop_cart=cart_b" } })
    expect([fromCache(a.headers), fromCache(b.headers)]).toEqual([true, true])
    expect(a.headers.get("cache-control")).toMatch(/s-maxage=\d+/)
    expect(await b.text()).toEqual(await a.text())
    const cart = await fetch(`${stack.storefront}/api/kiosk/cart?location=ky-lua&locale=vi`)
    expect(cart.headers.get("cache-control")).toContain("no-store")
    expect(await cart.json()).toEqual({ count: 0, lines: [], total: null, handover: null })
    const bad = await fetch(`${stack.storefront}/api/kiosk/cart?location=../x&locale=vi`)
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.code).toBe("invalid_query")
  })

  it("shows each visitor its own cart in the panel of the same cached page, and + / − still change it", async () => {
    const visitors = [await browser.newContext(), await browser.newContext()]
    const tabs = await Promise.all(visitors.map((c) => c.newPage()))
    const errors = tabs.map((t) => watchErrors(t))
    for (const tab of tabs) await tab.goto(`${stack.storefront}${KIOSK}?idle=600`, { waitUntil: "load" })
    // the first visitor taps the first tile, the second the last one
    const tiles = tabs.map((t) => t.getByTestId("kiosk-tile"))
    const handles = [await tiles[0]!.first().getAttribute("data-handle"), await tiles[1]!.last().getAttribute("data-handle")]
    expect(handles[0]).not.toEqual(handles[1])
    await tiles[0]!.first().click()
    await tiles[1]!.last().click()
    for (const tab of tabs) {
      await tab.getByTestId("kiosk-line").first().waitFor()
      await expect(tab.getByTestId("kiosk-count").innerText()).resolves.toEqual("(1)")
    }
    const lines = await Promise.all(tabs.map((t) => t.getByTestId("kiosk-line").first().innerText()))
    expect(lines[0]).not.toEqual(lines[1])
    // the handover QR is each visitor's own signed link, made on the server
    const handovers = await Promise.all(tabs.map((t) => t.getByTestId("kiosk-handover").getAttribute("data-qr-text")))
    expect(handovers[0]).toMatch(/\/vi\/cart\/open\/cart_\w+\?exp=\d+&at=ky-lua&sig=/)
    expect(handovers[1]).not.toEqual(handovers[0])
    // a reload (the page from the cache): the panel still the visitor's own
    await tabs[0]!.reload({ waitUntil: "load" })
    await tabs[0]!.getByTestId("kiosk-line").first().waitFor()
    expect(await tabs[0]!.getByTestId("kiosk-line").first().innerText()).toEqual(lines[0])
    // + then −: the server actions change the cart, the panel reloads it
    await tabs[0]!.getByTestId("kiosk-line").first().getByRole("button", { name: /^\+1/ }).click()
    await waitFor(async () => (await tabs[0]!.getByTestId("kiosk-count").innerText()) === "(2)", { what: "the count to be 2", timeoutMs: 10_000 })
    await tabs[0]!.getByTestId("kiosk-line").first().getByRole("button", { name: /^−1/ }).click()
    await waitFor(async () => (await tabs[0]!.getByTestId("kiosk-count").innerText()) === "(1)", { what: "the count to be 1", timeoutMs: 10_000 })
    await tabs[0]!.getByTestId("kiosk-line").first().getByRole("button", { name: /^−1/ }).click()
    await waitFor(async () => (await tabs[0]!.getByTestId("kiosk-count").innerText()) === "(0)", { what: "the cart to be empty", timeoutMs: 10_000 })
    // the other visitor's cart is untouched
    await tabs[1]!.reload({ waitUntil: "load" })
    await tabs[1]!.getByTestId("kiosk-line").first().waitFor()
    expect(await tabs[1]!.getByTestId("kiosk-line").first().innerText()).toEqual(lines[1])
    for (const e of errors) expect(await settled(e)).toEqual([])
    await Promise.all(visitors.map((c) => c.close()))
  })
})

describe("the kiosk attract and policy pages", () => {
  const PAGES = ["/vi/kiosk/ky-lua", "/en/kiosk/ky-lua/policies/privacy", "/zh/kiosk/ky-lua/policies/returns"]

  it("are the same bytes from the cache for any cart cookie and ?idle=", async () => {
    for (const path of PAGES) {
      await page(path) // made on the first visit
      const a = await fetch(`${stack.storefront}${path}`, { headers: { cookie: "_ocop_cart=cart_a" } })
      const b = await fetch(`${stack.storefront}${path}?idle=6`, { headers: { cookie: "_ocop_cart=cart_b; _ocop_jwt=x" } })
      expect({ path, status: [a.status, b.status], cached: [fromCache(a.headers), fromCache(b.headers)] }).toEqual({ path, status: [200, 200], cached: [true, true] })
      expect(a.headers.get("cache-control")).toMatch(/s-maxage=\d+/)
      expect(await b.text()).toEqual(await a.text())
    }
    // a stall that is no kiosk: 404, never kept by the server
    for (let i = 0; i < 2; i++) {
      const none = await fetch(`${stack.storefront}/vi/kiosk/no-such-stall`)
      expect([none.status, none.headers.get("x-storefront-cache")]).toEqual([404, null])
    }
  })

  it("shows a renamed stall after POST /api/revalidate with kiosk-points", async () => {
    const { rows } = await sql("SELECT id, name FROM stock_location WHERE metadata->>'key' = $1", ["ky-lua"])
    expect(rows).toHaveLength(1)
    const name = `Quầy Kỳ Lừa ${Date.now().toString(36)}`
    await page("/vi/kiosk/ky-lua")
    await sql("UPDATE stock_location SET name = $1 WHERE id = $2", [name, rows[0].id])
    try {
      const stale = await page("/vi/kiosk/ky-lua")
      expect([stale.html.includes(name), fromCache(stale.headers)]).toEqual([false, true])
      expect((await revalidate({ tags: ["kiosk-points"] }, { "x-revalidate-secret": stack.revalidateSecret })).status).toEqual(200)
      expect((await page("/vi/kiosk/ky-lua")).html).toContain(name)
      const again = await page("/vi/kiosk/ky-lua")
      expect([again.html.includes(name), fromCache(again.headers)]).toEqual([true, true])
    } finally {
      await sql("UPDATE stock_location SET name = $1 WHERE id = $2", [rows[0].name, rows[0].id])
      await revalidate({ tags: ["kiosk-points"] }, { "x-revalidate-secret": stack.revalidateSecret })
    }
  })

  it("carries ?idle= into the language and back links once hydrated, and resets after it", async () => {
    const browser = await launchBrowser()
    try {
      const tab = await browser.newPage()
      const errors = watchErrors(tab)
      await tab.goto(`${stack.storefront}/vi/kiosk/ky-lua?idle=600`, { waitUntil: "load" })
      await waitFor(async () => (await tab.getByTestId("kiosk-lang-en").getAttribute("href")) === "/en/kiosk/ky-lua/shop?idle=600", {
        what: "the English link to carry ?idle=600",
        timeoutMs: 5000,
      })
      await tab.goto(`${stack.storefront}/en/kiosk/ky-lua/policies/privacy?idle=2`, { waitUntil: "load" })
      await waitFor(async () => (await tab.getByTestId("kiosk-policy-back").getAttribute("href")) === "/en/kiosk/ky-lua/shop?idle=2", {
        what: "the way back to carry ?idle=2",
        timeoutMs: 5000,
      })
      // two idle seconds later: back to the attract screen, with the same ?idle=
      await tab.waitForURL(`${stack.storefront}/en/kiosk/ky-lua?idle=2`, { timeout: 15_000 })
      expect(await settled(errors)).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
