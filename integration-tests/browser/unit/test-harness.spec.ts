/**
 * The test harness's own helpers: `waitFor` (with `retryErrors`), the
 * fetch-based customer sign-up against a bare Node server on loopback that
 * answers like Medusa's auth and store routes, and the encoder's loopback URL.
 */
import http from "http"
import type { AddressInfo } from "net"
import { fetchSignUpCustomer, waitFor } from "../../helpers/harness"
import { loopbackRtmpUrl } from "../harness/live"

describe("waitFor", () => {
  it("answers the first truthy value of the check", async () => {
    let calls = 0
    await expect(waitFor(async () => ++calls >= 3 && { calls }, { what: "three calls", intervalMs: 1 })).resolves.toEqual({ calls: 3 })
  })

  it("names what it waited for on a timeout", async () => {
    await expect(waitFor(async () => false, { what: "nothing", timeoutMs: 5, intervalMs: 1 })).rejects.toThrow("Timed out waiting for nothing")
  })

  it("ends the wait with a check's error unless told to retry", async () => {
    await expect(waitFor(async () => Promise.reject(new Error("boom")), { what: "x", intervalMs: 1 })).rejects.toThrow("boom")
  })

  it("with retryErrors, a throwing check counts as not yet", async () => {
    let calls = 0
    const flaky = async () => {
      if (++calls < 3) throw new Error("page reloading")
      return "ready"
    }
    await expect(waitFor(flaky, { what: "the page", intervalMs: 1, retryErrors: true })).resolves.toEqual("ready")
    expect(calls).toEqual(3)
  })

  it("with retryErrors, the timeout names the last error", async () => {
    const failing = async () => Promise.reject(new Error("still reloading"))
    await expect(waitFor(failing, { what: "the page", timeoutMs: 5, intervalMs: 1, retryErrors: true })).rejects.toThrow(
      "Timed out waiting for the page (last error: still reloading)"
    )
  })
})

describe("fetchSignUpCustomer", () => {
  const seen: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: any }[] = []
  let base: string
  let server: http.Server
  const ANSWERS: Record<string, [number, unknown]> = {
    "/auth/customer/emailpass/register": [200, { token: "registration-token" }],
    "/store/customers": [200, { customer: { id: "cus_01" } }],
    "/auth/customer/emailpass": [200, { token: "login-token" }],
  }

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body: JSON.parse(body) })
        const [status, answer] = ANSWERS[req.url ?? ""] ?? [404, { message: "not found" }]
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(answer))
      })
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it("registers, creates the customer with the consent under the store's key, then logs in", async () => {
    const customer = await fetchSignUpCustomer(base, "pk_test", { email: "lan@example.vn", password: "mat-khau-123", first_name: "Lan" })
    expect(customer).toEqual({ id: "cus_01", token: "login-token" })
    expect(seen.map((r) => [r.method, r.url, r.body])).toEqual([
      ["POST", "/auth/customer/emailpass/register", { email: "lan@example.vn", password: "mat-khau-123" }],
      ["POST", "/store/customers", { email: "lan@example.vn", first_name: "Lan", metadata: { personal_data_consent: true } }],
      ["POST", "/auth/customer/emailpass", { email: "lan@example.vn", password: "mat-khau-123" }],
    ])
    expect(seen[1].headers).toMatchObject({ authorization: "Bearer registration-token", "x-publishable-api-key": "pk_test" })
  })

  it("throws naming the refused request", async () => {
    ANSWERS["/store/customers"] = [400, { message: "email is invalid" }]
    await expect(fetchSignUpCustomer(base, "pk_test", { email: "x", password: "y" })).rejects.toThrow(
      'POST /store/customers: 400 {"message":"email is invalid"}'
    )
  })
})

describe("loopbackRtmpUrl", () => {
  it("points an encoder in the test process at 127.0.0.1, keeping the path and key", () => {
    expect(loopbackRtmpUrl("rtmp://localhost:1935/live/st_1?key=abc")).toEqual("rtmp://127.0.0.1:1935/live/st_1?key=abc")
    expect(loopbackRtmpUrl("rtmp://media.example.vn:1935/live/st_1")).toEqual("rtmp://media.example.vn:1935/live/st_1")
  })
})
