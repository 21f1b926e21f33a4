import { Modules } from "@medusajs/framework/utils"
import { processPaymentWorkflowId } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startStripeFake, StripeFake } from "../fakes/stripe-fake"
import {
  adminOrder,
  cartWithSession,
  completeCart,
  failure,
  ODD_TOTAL,
  prepareShop,
  Shop,
} from "./payments-checkout"
import { waitFor } from "../helpers/harness"

jest.setTimeout(300 * 1000)

const WEBHOOK_SECRET = "whsec_ocop_payments_test"
const STRIPE = "pp_stripe_stripe"
const ENV = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_HOST", "STRIPE_API_PORT", "STRIPE_API_PROTOCOL"]

let fake: StripeFake
const savedEnv: Record<string, string | undefined> = {}

// Before the runner loads medusa-config: the provider reads these options.
beforeAll(async () => {
  fake = await startStripeFake()
  ENV.forEach((k) => (savedEnv[k] = process.env[k]))
  Object.assign(process.env, {
    STRIPE_API_KEY: "sk_test_ocop_payments",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_HOST: fake.host,
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: "http",
  })
})

afterAll(async () => {
  ENV.forEach((k) => (savedEnv[k] === undefined ? delete process.env[k] : (process.env[k] = savedEnv[k])))
  await fake.close()
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await prepareShop(api, getContainer())
    })

    function postEvent(body: string, signature?: string) {
      return api.post("/hooks/payment/stripe_stripe", body, {
        headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
      })
    }

    /** Resolves after `count` runs of Medusa's process-payment workflow (what a webhook triggers). */
    async function processPaymentRuns(count: number) {
      const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE) as any
      let seen = 0
      let done: () => void
      const finished = new Promise<void>((resolve) => (done = resolve))
      const subscriber = (event: { eventType: string }) => {
        if (event.eventType === "onFinish" && ++seen === count) {
          done()
        }
      }
      await engine.subscribe({ workflowId: processPaymentWorkflowId, subscriber })
      return {
        finished: finished.finally(() => engine.unsubscribe({ workflowId: processPaymentWorkflowId, subscriberOrId: subscriber })),
      }
    }

    it("sends, authorizes, captures and refunds the exact VND amounts", async () => {
      fake.reset()
      const { cartId, cart, session } = await cartWithSession(api, shop, STRIPE)
      expect(cart.total).toEqual(ODD_TOTAL)
      const intentId = session.data.id
      const create = fake.requests.find((r) => r.path === "/v1/payment_intents" && r.method === "POST")!
      expect(create.body).toMatchObject({
        amount: String(ODD_TOTAL),
        currency: "vnd",
        capture_method: "manual",
        metadata: { session_id: session.id },
      })

      fake.confirm(intentId) // what Stripe.js does with the buyer's card
      const placed = await completeCart(api, shop, cartId)
      expect(placed.type).toEqual("order")

      const authorized = await adminOrder(api, shop, placed.order.id)
      const [payment] = authorized.payment_collections[0].payments
      expect(payment.amount).toEqual(ODD_TOTAL)
      expect(authorized.payment_status).toEqual("authorized")

      await api.post(`/admin/payments/${payment.id}/capture`, {}, shop.admin)
      expect(fake.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/capture`)).toHaveLength(1)
      expect(fake.state.intent(intentId)).toMatchObject({ status: "succeeded", amount_received: ODD_TOTAL })

      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 234567 }, shop.admin)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 1000000 }, shop.admin)
      expect(fake.requests.filter((r) => r.path === "/v1/refunds").map((r) => r.body.amount)).toEqual(["234567", "1000000"])
      expect(fake.state.refundedAmount(intentId)).toEqual(ODD_TOTAL)

      // Medusa alone would accept (and record) 1 ₫ more than captured for a 0-decimal currency.
      const over = await failure(api.post(`/admin/payments/${payment.id}/refund`, { amount: 1 }, shop.admin))
      expect(over.status).toEqual(400)
      expect(over.data.message).toMatch(/exceeds the 0 still refundable/)
      const order = await adminOrder(api, shop, placed.order.id)
      const final = order.payment_collections[0].payments[0]
      expect(final.captures.map((c: any) => c.amount)).toEqual([ODD_TOTAL])
      expect(final.refunds.map((r: any) => r.amount)).toHaveLength(2)
      expect(final.refunds.map((r: any) => r.amount)).toEqual(expect.arrayContaining([234567, 1000000]))
      expect(fake.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(2)
    })

    it("answers 400 to forged or unsigned webhooks and enqueues nothing", async () => {
      fake.reset()
      const { session } = await cartWithSession(api, shop, STRIPE)
      fake.confirm(session.data.id)
      const { body, signature } = fake.signedEvent("payment_intent.amount_capturable_updated", session.data.id, WEBHOOK_SECRET)
      const forgedBody = body.replace(`"amount":${ODD_TOTAL}`, `"amount":1`)
      const attacker = fake.signedEvent("payment_intent.amount_capturable_updated", session.data.id, "whsec_attacker")

      for (const [raw, sig] of [[forgedBody, signature], [body, attacker.signature], [body, undefined], [body, "t=1,v1=00"]]) {
        const res = await failure(postEvent(raw as string, sig as string | undefined))
        expect(res.status).toEqual(400)
        expect(res.data).toMatchObject({ type: "invalid_data", message: expect.stringMatching(/signature/i) })
      }
    })

    it("a genuine webhook places the order; replayed events capture nothing twice", async () => {
      fake.reset()
      const { cartId, session } = await cartWithSession(api, shop, STRIPE)
      const intentId = session.data.id
      fake.confirm(intentId)

      const authorizedEvent = fake.signedEvent("payment_intent.amount_capturable_updated", intentId, WEBHOOK_SECRET)
      const first = await processPaymentRuns(1)
      expect((await postEvent(authorizedEvent.body, authorizedEvent.signature)).status).toEqual(200)
      await first.finished
      const orderId = await waitFor(async () => {
        const { data } = await api.get(`/admin/orders?fields=id&limit=50`, shop.admin)
        const { data: cart } = await api.get(`/store/carts/${cartId}`, shop.store)
        return cart.cart.completed_at ? data.orders[0]?.id : undefined
      }, { what: "the webhook to place the order", timeoutMs: 60_000, intervalMs: 500 })

      // Captured on Stripe's side (e.g. from the dashboard): Stripe sends payment_intent.succeeded.
      fake.state.captureIntent(intentId, {})
      const succeeded = fake.signedEvent("payment_intent.succeeded", intentId, WEBHOOK_SECRET)
      const runs = await processPaymentRuns(3)
      for (let i = 0; i < 3; i++) {
        expect((await postEvent(succeeded.body, succeeded.signature)).status).toEqual(200)
      }
      await runs.finished

      const order = await adminOrder(api, shop, orderId)
      const [payment] = order.payment_collections[0].payments
      expect(order.payment_collections[0].payments).toHaveLength(1)
      expect(payment.captures.map((c: any) => c.amount)).toEqual([ODD_TOTAL])
      expect(order.payment_status).toEqual("captured")
    })
  },
})
