import { randomBytes } from "crypto"
import http from "http"
import { AddressInfo } from "net"
import Stripe from "stripe"
import { parseStripeForm } from "./stripe-form"
import { FakeState, StripeFakeError } from "./stripe-fake-state"
import { STRIPE_JS_SOURCE } from "./stripe-js"

export type RecordedRequest = {
  method: string
  path: string
  body: Record<string, any>
  idempotencyKey?: string
}

export type StripeFake = {
  host: string
  port: number
  protocol: "http"
  url: string
  /** Every API request, in order, with its decoded form body (values are the strings sent). */
  requests: RecordedRequest[]
  state: FakeState
  /** What Stripe.js does in the browser: confirm the intent with a test card. */
  confirm(intentId: string, paymentMethod?: string): Record<string, any>
  /** A webhook event for an intent, signed like Stripe does. */
  signedEvent(
    type: string,
    intentId: string,
    secret: string
  ): { body: string; signature: string; event: Record<string, any> }
  reset(): void
  close(): Promise<void>
}

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "authorization, content-type, idempotency-key",
  "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
}

type Route = [string, RegExp, (m: RegExpMatchArray, body: any, state: FakeState) => unknown]

const ROUTES: Route[] = [
  ["POST", /^\/v1\/payment_intents$/, (_, b, s) => s.createIntent(b)],
  ["GET", /^\/v1\/payment_intents\/([^/]+)$/, (m, b, s) => s.view(s.intent(m[1]), b.expand)],
  ["POST", /^\/v1\/payment_intents\/([^/]+)$/, (m, b, s) => s.updateIntent(m[1], b)],
  ["POST", /^\/v1\/payment_intents\/([^/]+)\/confirm$/, (m, b, s) => s.confirmIntent(m[1], b)],
  ["POST", /^\/v1\/payment_intents\/([^/]+)\/capture$/, (m, b, s) => s.captureIntent(m[1], b)],
  ["POST", /^\/v1\/payment_intents\/([^/]+)\/cancel$/, (m, b, s) => s.cancelIntent(m[1], b)],
  ["POST", /^\/v1\/refunds$/, (_, b, s) => s.createRefund(b)],
  ["GET", /^\/v1\/payment_methods\/([^/]+)$/, (m, _, s) => s.paymentMethod(m[1])],
  ["POST", /^\/v1\/customers$/, (_, b, s) => s.createCustomer(b)],
  ["POST", /^\/v1\/customers\/([^/]+)$/, (m, b, s) => s.updateCustomer(m[1], b)],
  ["DELETE", /^\/v1\/customers\/([^/]+)$/, (m, _, s) => s.deleteCustomer(m[1])],
  ["GET", /^\/v1\/customers\/([^/]+)\/payment_methods$/, () => ({ object: "list", data: [], has_more: false, url: "/v1/payment_methods" })],
]

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on("data", (c) => chunks.push(c))
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

/**
 * A local fake of the Stripe API endpoints Medusa's Stripe provider calls,
 * on 127.0.0.1 and a random port. State lives in memory; idempotency keys
 * replay the first response, as Stripe does.
 */
export async function startStripeFake(): Promise<StripeFake> {
  const state = new FakeState()
  const requests: RecordedRequest[] = []
  const idempotent = new Map<string, { status: number; body: string }>()

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    const raw = await readBody(req)
    const body = parseStripeForm(req.method === "GET" || req.method === "DELETE" ? url.search.slice(1) : raw)
    const idempotencyKey = req.headers["idempotency-key"] as string | undefined
    requests.push({ method: req.method!, path: url.pathname, body, idempotencyKey })

    const send = (status: number, payload: unknown) => {
      const text = JSON.stringify(payload)
      if (idempotencyKey && req.method === "POST") {
        idempotent.set(`${url.pathname}:${idempotencyKey}`, { status, body: text })
      }
      res.writeHead(status, { ...CORS, "content-type": "application/json", "request-id": `req_${randomBytes(6).toString("hex")}` })
      res.end(text)
    }

    // the browser's side: Stripe.js itself, and card confirmation with the publishable key
    if (req.method === "OPTIONS") {
      res.writeHead(204, CORS)
      return res.end()
    }
    if (req.method === "GET" && url.pathname.startsWith("/v3")) {
      res.writeHead(200, { ...CORS, "content-type": "text/javascript" })
      return res.end(STRIPE_JS_SOURCE)
    }
    if (/^Bearer pk_test_/.test(req.headers.authorization ?? "")) {
      const confirm = url.pathname.match(/^\/v1\/payment_intents\/([^/]+)\/confirm$/)
      const intent = confirm && state.intents.get(confirm[1])
      if (req.method !== "POST" || !intent || intent.client_secret !== body.client_secret) {
        return send(401, { error: { type: "invalid_request_error", message: "A publishable key may only confirm with the client secret" } })
      }
    } else if (!/^Bearer sk_test_/.test(req.headers.authorization ?? "")) {
      return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } })
    }
    const replay = idempotencyKey && idempotent.get(`${url.pathname}:${idempotencyKey}`)
    if (replay) {
      res.writeHead(replay.status, { "content-type": "application/json", "idempotent-replayed": "true" })
      return res.end(replay.body)
    }
    for (const [method, pattern, handler] of ROUTES) {
      const match = url.pathname.match(pattern)
      if (match && method === req.method) {
        try {
          return send(200, handler(match, body, state))
        } catch (e) {
          if (e instanceof StripeFakeError) {
            return send(e.status, { error: e.body })
          }
          return send(500, { error: { type: "api_error", message: (e as Error).message } })
        }
      }
    }
    send(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname})` } })
  })

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    host: "127.0.0.1",
    port,
    protocol: "http",
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    confirm: (intentId, paymentMethod = "pm_card_visa") =>
      state.confirmIntent(intentId, { payment_method: paymentMethod }),
    signedEvent(type, intentId, secret) {
      const event = {
        id: `evt_${randomBytes(12).toString("hex")}`,
        object: "event",
        api_version: "2024-04-10",
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        type,
        data: { object: state.view(state.intent(intentId)) },
      }
      const body = JSON.stringify(event)
      const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret })
      return { body, signature, event }
    },
    reset() {
      requests.length = 0
      idempotent.clear()
      state.reset()
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.()
        server.close((e) => (e ? reject(e) : resolve()))
      }),
  }
}
