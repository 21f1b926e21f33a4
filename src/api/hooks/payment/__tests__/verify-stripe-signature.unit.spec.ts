import Stripe from "stripe"
import { createVerifyStripeSignature } from "../verify-stripe-signature"

const SECRET = "whsec_test_ocop"

function run(rawBody: unknown, signature?: string, secret: string | null = SECRET) {
  const req = { rawBody, headers: signature === undefined ? {} : { "stripe-signature": signature } }
  const res = {
    statusCode: 200,
    body: undefined as unknown,
    status(code: number) {
      this.statusCode = code
      return this
    },
    json(body: unknown) {
      this.body = body
      return this
    },
  }
  const next = jest.fn()
  createVerifyStripeSignature(() => secret ?? undefined)(req as never, res as never, next)
  return { res, next }
}

describe("verifyStripeSignature middleware", () => {
  const payload = JSON.stringify({
    id: "evt_1",
    object: "event",
    type: "payment_intent.succeeded",
    data: { object: { id: "pi_1", amount: 1234567, amount_received: 1234567, currency: "vnd", metadata: { session_id: "payses_1" } } },
  })

  it("passes a correctly signed raw body on", () => {
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET })
    const { res, next } = run(Buffer.from(payload), signature)
    expect(next).toHaveBeenCalledTimes(1)
    expect(res.body).toBeUndefined()
  })

  it.each([
    ["a forged body", payload.replace("1234567", "1"), Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }), SECRET],
    ["another secret", payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_attacker" }), SECRET],
    ["a garbage header", payload, "t=1,v1=deadbeef", SECRET],
    ["no header", payload, undefined, SECRET],
    ["no raw body", undefined, Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }), SECRET],
    ["a stale timestamp", payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 600 }), SECRET],
    ["no secret configured", payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }), null],
  ])("answers 400 invalid_data at once for %s", (_, body, signature, secret) => {
    const { res, next } = run(body, signature as string | undefined, secret as string | null)
    expect(next).not.toHaveBeenCalled()
    expect(res.statusCode).toBe(400)
    expect(res.body).toEqual({ type: "invalid_data", message: expect.any(String) })
  })
})
