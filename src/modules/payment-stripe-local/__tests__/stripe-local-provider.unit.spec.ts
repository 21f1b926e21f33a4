import { PaymentSessionStatus } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { startStripeFake, StripeFake } from "../../../../integration-tests/fakes/stripe-fake"
import StripeLocalProviderService from "../service"

const WEBHOOK_SECRET = "whsec_test_ocop"

/** stripe-node keeps host/port/protocol behind an untyped accessor. */
const apiField = (client: Stripe, field: string) =>
  (client as unknown as { getApiField(f: string): unknown }).getApiField(field)

describe("StripeLocalProviderService against the local Stripe fake", () => {
  let fake: StripeFake
  let provider: StripeLocalProviderService

  beforeAll(async () => {
    fake = await startStripeFake()
  })
  afterAll(async () => {
    await fake.close()
  })
  beforeEach(() => {
    fake.reset()
    provider = new StripeLocalProviderService(
      {},
      {
        apiKey: "sk_test_ocop",
        webhookSecret: WEBHOOK_SECRET,
        host: fake.host,
        port: fake.port,
        protocol: "http",
      }
    )
  })

  async function initiate(amount: number, currency_code = "vnd") {
    const out = await provider.initiatePayment({
      amount,
      currency_code,
      data: { session_id: "payses_test" },
      context: { idempotency_key: `payses_${amount}_${currency_code}` },
    })
    return out
  }

  it("keeps the stock identifier and talks to api.stripe.com without a host option", () => {
    expect(StripeLocalProviderService.identifier).toBe("stripe")
    const stock = new StripeLocalProviderService({}, { apiKey: "sk_test_x", webhookSecret: "whsec_x" })
    expect(apiField(stock.stripeClient, "host")).toBe("api.stripe.com")
    expect(apiField(stock.stripeClient, "protocol")).toBe("https")
    expect(apiField(provider.stripeClient, "host")).toBe("127.0.0.1")
    expect(apiField(provider.stripeClient, "port")).toBe(fake.port)
  })

  it("creates, authorizes, captures and refunds with the exact VND amounts (zero-decimal)", async () => {
    const session = await initiate(1234567)
    expect(session.status).toBe(PaymentSessionStatus.PENDING)
    const create = fake.requests.find((r) => r.method === "POST" && r.path === "/v1/payment_intents")!
    expect(create.body).toMatchObject({
      amount: "1234567",
      currency: "vnd",
      capture_method: "manual",
      metadata: { session_id: "payses_test" },
    })
    expect(create.idempotencyKey).toBe("payses_1234567_vnd")

    const intentId = session.id
    expect((await provider.authorizePayment({ data: session.data })).status).toBe(PaymentSessionStatus.PENDING)
    fake.confirm(intentId)
    const authorized = await provider.authorizePayment({ data: session.data })
    expect(authorized.status).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(authorized.data!.amount_capturable).toBe(1234567)

    const captured = await provider.capturePayment({ data: authorized.data, context: { idempotency_key: "capt_1" } })
    expect(fake.requests.at(-1)).toMatchObject({ method: "POST", path: `/v1/payment_intents/${intentId}/capture`, idempotencyKey: "capt_1" })
    expect(captured.data).toMatchObject({ status: "succeeded", amount_received: 1234567 })

    await provider.refundPayment({ data: captured.data, amount: 234567, context: { idempotency_key: "ref_1" } })
    await provider.refundPayment({ data: captured.data, amount: 1000000, context: { idempotency_key: "ref_2" } })
    const refunds = fake.requests.filter((r) => r.path === "/v1/refunds").map((r) => r.body)
    expect(refunds).toEqual([
      { amount: "234567", payment_intent: intentId },
      { amount: "1000000", payment_intent: intentId },
    ])
    expect(fake.state.refundedAmount(intentId)).toBe(1234567)

    const retrieved = await provider.retrievePayment({ data: { id: intentId } })
    expect(retrieved.data!.amount).toBe(1234567)
  })

  it("does not capture twice: a repeated capture returns the succeeded intent", async () => {
    const session = await initiate(65000)
    fake.confirm(session.id)
    await provider.capturePayment({ data: session.data, context: { idempotency_key: "c1" } })
    const again = await provider.capturePayment({ data: session.data, context: { idempotency_key: "c2" } })
    expect(again.data).toMatchObject({ status: "succeeded", amount_received: 65000 })
    expect(fake.state.intent(session.id).amount_received).toBe(65000)
  })

  it("sends two-decimal currencies in cents, unlike VND", async () => {
    await initiate(12.34, "usd")
    expect(fake.requests[0].body).toMatchObject({ amount: "1234", currency: "usd" })
  })

  it("updates the amount exactly and cancels", async () => {
    const session = await initiate(65000)
    const updated = await provider.updatePayment({ data: session.data, amount: 1234567, currency_code: "vnd" })
    expect(fake.requests.at(-1)!.body.amount).toBe("1234567")
    expect(updated.data!.amount).toBe(1234567)
    const canceled = await provider.cancelPayment({ data: session.data })
    expect(canceled.data).toMatchObject({ status: "canceled" })
  })

  it("accepts a webhook with a good signature and refuses a forged one", async () => {
    const session = await initiate(1234567)
    fake.confirm(session.id)
    const { body, signature } = fake.signedEvent("payment_intent.amount_capturable_updated", session.id, WEBHOOK_SECRET)

    const event = Stripe.webhooks.constructEvent(body, signature, WEBHOOK_SECRET)
    expect(event.type).toBe("payment_intent.amount_capturable_updated")

    const result = await provider.getWebhookActionAndData({ data: JSON.parse(body), rawData: body, headers: { "stripe-signature": signature } })
    expect(result).toEqual({ action: "authorized", data: { session_id: "payses_test", amount: 1234567 } })

    const forged = body.replace('"amount":1234567', '"amount":1')
    expect(() => Stripe.webhooks.constructEvent(forged, signature, WEBHOOK_SECRET)).toThrow(/signature/i)
    const otherSecret = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: "whsec_attacker" })
    expect(() => Stripe.webhooks.constructEvent(body, otherSecret, WEBHOOK_SECRET)).toThrow(/signature/i)
    await expect(
      provider.getWebhookActionAndData({ data: JSON.parse(forged), rawData: forged, headers: { "stripe-signature": signature } })
    ).rejects.toThrow(/constructWebhookEvent/)
  })
})
