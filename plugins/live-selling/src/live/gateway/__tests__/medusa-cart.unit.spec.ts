import http from "http"
import type { AddressInfo } from "net"
import { cartErrorOf, medusaCartAttacher as attacher } from "../medusa-cart"
import { MedusaCallError, medusaHttp, type MedusaHttpOptions } from "../medusa-http"

const medusaCartAttacher = (o: MedusaHttpOptions) => attacher(medusaHttp(o))

type Seen = { url?: string; headers: http.IncomingHttpHeaders; body: string }

/** A stand-in backend answering with `reply` (or never, for `hang`). */
async function backend(reply: (seen: Seen, res: http.ServerResponse) => void) {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (d) => (body += d))
    req.on("end", () => {
      const s = { url: req.url, headers: req.headers, body }
      seen.push(s)
      reply(s, res)
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    seen,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) }),
  }
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify(body))
}

describe("medusaCartAttacher", () => {
  it("posts the cart id with the caller's token and the configured key, and returns the line", async () => {
    const b = await backend((s, res) =>
      json(res, 200, { claim: { id: "lclm_1", cart_id: JSON.parse(s.body).cart_id, line_item_id: "cali_9" } })
    )
    try {
      const attach = medusaCartAttacher({ backendUrl: `${b.url}/`, publishableKey: "pk_env" })
      const line = await attach("lclm_1", "cart_7", { token: "tok.en", publishableKey: null })
      expect(line).toEqual({ id: "cart_7", lineItemId: "cali_9" })
      expect(b.seen[0].url).toBe("/store/live/claims/lclm_1/cart")
      expect(JSON.parse(b.seen[0].body)).toEqual({ cart_id: "cart_7" })
      expect(b.seen[0].headers).toMatchObject({ authorization: "Bearer tok.en", "x-publishable-api-key": "pk_env" })

      await attach("lclm_1", "cart_7", { publishableKey: "pk_socket" })
      expect(b.seen[1].headers["x-publishable-api-key"]).toBe("pk_socket")
      expect(b.seen[1].headers.authorization).toBeUndefined()
    } finally {
      await b.close()
    }
  })

  it("turns refusals into codes with the backend's message", async () => {
    const statuses = [400, 401, 403, 404, 500]
    let i = 0
    const b = await backend((_s, res) => json(res, statuses[i++], { type: "x", message: `cart_id: refused ${i}` }))
    try {
      const attach = medusaCartAttacher({ backendUrl: b.url })
      const codes: unknown[] = []
      for (const _ of statuses) {
        codes.push(await attach("lclm_1", "cart_1", {}).catch(cartErrorOf))
      }
      expect(codes).toEqual([
        { code: "bad_request", message: "cart_id: refused 1" },
        { code: "unauthorized", message: "cart_id: refused 2" },
        { code: "forbidden", message: "cart_id: refused 3" },
        { code: "not_found", message: "cart_id: refused 4" },
        { code: "internal", message: "cart_id: refused 5" },
      ])
    } finally {
      await b.close()
    }
  })

  it("gives up after its timeout, and reports an unreachable backend", async () => {
    const b = await backend(() => undefined)
    try {
      const started = Date.now()
      const err = await medusaCartAttacher({ backendUrl: b.url, timeoutMs: 300 })("lclm_1", "cart_1", {}).catch((e) => e)
      expect(err).toBeInstanceOf(MedusaCallError)
      expect(err.code).toBe("timeout")
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      await b.close()
    }
    const down = await medusaCartAttacher({ backendUrl: b.url })("lclm_1", "cart_1", {}).catch(cartErrorOf)
    expect(down).toMatchObject({ code: "unavailable" })
  })
})
