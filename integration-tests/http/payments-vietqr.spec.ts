import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parseVietQrPayload, signBankNotification } from "@ocop-live/payment-vietqr/providers/vietqr/lib"
import { createProducerAccountWorkflow } from "@ocop-live/live-selling/workflows/live/create-producer-account"
import { findVietQrSessionByReference } from "@ocop-live/payment-vietqr/workflows/payments"
import {
  adminOrder,
  cartWithSession,
  completeCart,
  ODD_TOTAL,
  prepareShop,
  Shop,
} from "./payments-checkout"
import { failure, producerLogin } from "../helpers/harness"

jest.setTimeout(300 * 1000)

const SECRET = "vietqr-test-secret"
const VIETQR = "pp_vietqr_vietqr"

const ENV: Record<string, string> = {
  VIETQR_WEBHOOK_SECRET: SECRET,
  VIETQR_BANK_BIN: "970436",
  VIETQR_ACCOUNT_NUMBER: "0011001932418",
  VIETQR_ACCOUNT_NAME: "HTX OCOP LANG SON",
}
const savedEnv: Record<string, string | undefined> = {}

// Before the runner loads medusa-config: the provider and the webhook read these.
beforeAll(() => {
  for (const [key, value] of Object.entries(ENV)) {
    savedEnv[key] = process.env[key]
    process.env[key] = value
  }
})
afterAll(() => {
  for (const key of Object.keys(ENV)) {
    savedEnv[key] === undefined ? delete process.env[key] : (process.env[key] = savedEnv[key])
  }
})

let txn = 1000
function sepay(reference: string, amount: number, overrides: Record<string, unknown> = {}) {
  return {
    id: ++txn,
    gateway: "Vietcombank",
    transactionDate: "2025-03-01 10:15:00",
    accountNumber: "0011001932418",
    code: null,
    content: `MBVCB.${txn}.${reference}.CT tu 0912345678 NGUYEN VAN A`,
    transferType: "in",
    transferAmount: amount,
    referenceCode: `MBVCB.${txn}`,
    description: "",
    ...overrides,
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await prepareShop(api, getContainer())
    })

    const now = () => String(Math.floor(Date.now() / 1000))

    /** A bank notification signed over `<timestamp>.<raw body>` (or with `signature`). */
    function notify(body: unknown, signature?: string, timestamp = now()) {
      const raw = JSON.stringify(body)
      return api.post("/hooks/vietqr", raw, {
        headers: {
          "content-type": "application/json",
          "x-vietqr-timestamp": timestamp,
          "x-vietqr-signature": signature ?? signBankNotification(raw, SECRET, timestamp),
        },
      })
    }

    async function sessionData(sessionId: string) {
      const payment = getContainer().resolve(Modules.PAYMENT)
      return payment.retrievePaymentSession(sessionId, { select: ["id", "status", "data"] }) as Promise<any>
    }

    async function pendingOrder() {
      const checkout = await cartWithSession(api, shop, VIETQR)
      expect(checkout.cart.total).toEqual(ODD_TOTAL)
      const placed = await completeCart(api, shop, checkout.cartId)
      expect(placed.type).toEqual("order")
      return { ...checkout, order: placed.order, reference: checkout.session.data.reference as string }
    }

    it("shows a QR for the exact cart total and keeps the order unpaid until the money arrives", async () => {
      const { session, order, reference } = await pendingOrder()
      expect(session.amount).toEqual(ODD_TOTAL)
      expect(session.data).toMatchObject({ amount: ODD_TOTAL, bank_bin: "970436", account_number: "0011001932418" })
      expect(session.data.qr_svg).toMatch(/^<svg/)
      expect(parseVietQrPayload(session.data.payload).fields).toEqual({
        initiation: "dynamic",
        bankBin: "970436",
        accountNumber: "0011001932418",
        service: "QRIBFTTA",
        amount: ODD_TOTAL,
        additionalData: { purpose: reference },
      })

      const unpaid = await adminOrder(api, shop, order.id)
      expect(unpaid.total).toEqual(ODD_TOTAL)
      expect(unpaid.payment_collections[0].payments).toEqual([])
      expect(unpaid.payment_collections[0].payment_sessions[0].status).toEqual("pending_authorization")
    })

    it("ignores a paid state sent by the client: the order stays unpaid and cannot be captured", async () => {
      const forged = {
        confirmed_at: "2026-01-01T00:00:00.000Z",
        captured_at: "2026-01-01T00:00:00.000Z",
        paid_at: "2026-01-01T00:00:00.000Z",
        confirmed: true,
        confirmation: { source: "bank_notification", amount: ODD_TOTAL },
      }
      const checkout = await cartWithSession(api, shop, VIETQR, forged)
      expect(checkout.session.status).toEqual("pending")
      expect(checkout.session.data).toMatchObject({ confirmed_at: null, captured_at: null, confirmation: null })
      const placed = await completeCart(api, shop, checkout.cartId)
      expect(placed.type).toEqual("order")

      const unpaid = await adminOrder(api, shop, placed.order.id)
      expect(unpaid.payment_status).not.toEqual("captured")
      expect(unpaid.payment_collections[0].payments).toEqual([])
      const stored = await sessionData(checkout.session.id)
      expect(stored.status).toEqual("pending_authorization")
      expect(stored.data).toMatchObject({ confirmed_at: null, captured_at: null, canceled_at: null })
    })

    it("a signed notification with the exact amount captures the order once; replays change nothing", async () => {
      const { order, reference } = await pendingOrder()
      const notification = sepay(reference, ODD_TOTAL)

      const { data } = await notify(notification)
      expect(data).toMatchObject({ success: true, status: "confirmed", reference, order_id: order.id })

      const paid = await adminOrder(api, shop, order.id)
      const [payment] = paid.payment_collections[0].payments
      expect(payment.amount).toEqual(ODD_TOTAL)
      expect(payment.captures.map((c: any) => c.amount)).toEqual([ODD_TOTAL])
      expect(paid.payment_status).toEqual("captured")

      for (let i = 0; i < 2; i++) {
        const replay = await notify(notification)
        expect(replay.data).toMatchObject({ status: "duplicate" })
      }
      const after = await adminOrder(api, shop, order.id)
      expect(after.payment_collections[0].payments).toHaveLength(1)
      expect(after.payment_collections[0].payments[0].captures).toHaveLength(1)
    })

    it("flags a wrong amount for review and never captures it", async () => {
      const { order, reference, session } = await pendingOrder()
      for (const amount of [ODD_TOTAL - 1, ODD_TOTAL * 100]) {
        const wrong = sepay(reference, amount)
        const { data } = await notify(wrong)
        expect(data).toMatchObject({ success: true, status: "needs_review", reason: "wrong_amount" })
        expect((await notify(wrong)).data).toMatchObject({ status: "duplicate" })
      }
      const flagged = await sessionData(session.id)
      expect(flagged.data.needs_review).toBe(true)
      expect(flagged.data.review.map((r: any) => r.amount)).toEqual([ODD_TOTAL - 1, ODD_TOTAL * 100])
      expect(flagged.data.confirmed_at).toBeNull()
      const unpaid = await adminOrder(api, shop, order.id)
      expect(unpaid.payment_collections[0].payments).toEqual([])

      const { data } = await notify(sepay(reference, ODD_TOTAL))
      expect(data).toMatchObject({ status: "confirmed", order_id: order.id })
    })

    it("refuses forged, unsigned and malformed notifications with nothing changed", async () => {
      const { order, reference, session } = await pendingOrder()
      const before = await sessionData(session.id)
      const genuine = sepay(reference, ODD_TOTAL)
      const raw = JSON.stringify(genuine)

      const forged = await failure(notify(genuine, signBankNotification(raw, "attacker-secret", now())))
      expect(forged.status).toEqual(401)
      expect(forged.data).toMatchObject({ type: "unauthorized" })
      expect((await failure(api.post("/hooks/vietqr", genuine))).status).toEqual(401)
      const tampered = await failure(
        api.post("/hooks/vietqr", raw.replace(`"transferAmount":${ODD_TOTAL}`, `"transferAmount":${ODD_TOTAL + 1}`), {
          headers: {
            "content-type": "application/json",
            "x-vietqr-timestamp": now(),
            "x-vietqr-signature": signBankNotification(raw, SECRET, now()),
          },
        })
      )
      expect(tampered.status).toEqual(401)
      // a genuine signature without its timestamp, or with one outside the 5-minute window
      const untimed = await failure(
        api.post("/hooks/vietqr", raw, {
          headers: { "content-type": "application/json", "x-vietqr-signature": signBankNotification(raw, SECRET, now()) },
        })
      )
      expect(untimed.status).toEqual(401)
      const stale = String(Math.floor(Date.now() / 1000) - 600)
      expect((await failure(notify(genuine, undefined, stale))).status).toEqual(401)
      const malformed = await failure(notify({ hello: "world" }))
      expect(malformed.status).toEqual(400)
      expect(malformed.data).toMatchObject({ type: "invalid_data" })

      const unknown = await notify(sepay("OCOPZZZZZZZZ", ODD_TOTAL))
      expect(unknown.data).toMatchObject({ status: "needs_review", reason: "unknown_reference" })
      const outgoing = await notify(sepay(reference, ODD_TOTAL, { transferType: "out" }))
      expect(outgoing.data).toMatchObject({ status: "ignored" })

      expect((await sessionData(session.id)).data).toEqual(before.data)
      expect((await adminOrder(api, shop, order.id)).payment_collections[0].payments).toEqual([])
    })

    it("looks a payment up by its reference among many", async () => {
      const sessions: any[] = []
      for (let i = 0; i < 4; i++) {
        sessions.push((await cartWithSession(api, shop, VIETQR)).session)
      }
      for (const session of [...sessions].reverse()) {
        const found = await findVietQrSessionByReference(getContainer(), session.data.reference)
        expect(found?.id).toEqual(session.id)
      }
      expect(await findVietQrSessionByReference(getContainer(), "OCOPZZZZZZZZ")).toBeNull()
    })

    it("places the order when the transfer arrives before the buyer completes the cart", async () => {
      const { cartId, session } = await cartWithSession(api, shop, VIETQR)
      const { data } = await notify(sepay(session.data.reference, ODD_TOTAL))
      expect(data.status).toEqual("confirmed")
      expect(data.order_id).toEqual(expect.stringMatching(/^order_/))

      const paid = await adminOrder(api, shop, data.order_id)
      expect(paid.payment_collections[0].payments[0].captures.map((c: any) => c.amount)).toEqual([ODD_TOTAL])
      const { data: cart } = await api.get(`/store/carts/${cartId}`, shop.store)
      expect(cart.cart.completed_at).toBeTruthy()
    })

    /** A login for an OCOP producer: the owner of the shop's product, or another one. */
    /** What a provider instance configured with `accountOwner` (a seller's own account) writes. */
    async function payIntoAccountOf(sessionId: string, owner: string) {
      const payment = getContainer().resolve(Modules.PAYMENT)
      const session: any = await sessionData(sessionId)
      const full: any = await payment.retrievePaymentSession(sessionId, { select: ["id", "amount", "currency_code", "data"] })
      await payment.updatePaymentSession({ id: sessionId, amount: full.amount, currency_code: full.currency_code, data: { ...session.data, account_owner: owner } })
    }

    let accounts = 0
    async function producerHeaders(owner: boolean) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [provenance] } = await query.graph({
        entity: "ocop_product_provenance",
        fields: ["producer_id"],
        filters: { product_id: shop.productId },
      })
      const { data: producers } = await query.graph({ entity: "ocop_producer", fields: ["id"] })
      const producerId = owner
        ? provenance.producer_id
        : producers.map((p: any) => p.id).find((id: string) => id !== provenance.producer_id)
      const email = `${owner ? "owner" : "other"}-${producerId}-${++accounts}@test.local`
      await createProducerAccountWorkflow(getContainer()).run({
        input: { producer_id: producerId, email, password: "secret-123" },
      })
      return { ...(await producerLogin(api, email, "secret-123")), producerId, email }
    }

    it("refuses a producer's confirmation of a transfer into the platform's account, and of its own purchase", async () => {
      const { reference, session } = await pendingOrder()
      const owner = await producerHeaders(true)
      expect((await sessionData(session.id)).data.account_owner).toEqual("platform")
      const platform = await failure(api.post(`/producer/payments/vietqr/${reference}/confirm`, {}, owner))
      expect(platform.status).toEqual(403)
      expect(platform.data.message).toMatch(/platform's bank account/)
      expect((await sessionData(session.id)).data.confirmed_at).toBeNull()

      // the producer buys its own product and pays into its own account
      const own = await cartWithSession(api, shop, VIETQR)
      await api.post(`/store/carts/${own.cartId}`, { email: owner.email.toUpperCase() }, shop.store)
      const placed = await completeCart(api, shop, own.cartId)
      await payIntoAccountOf(own.session.id, owner.producerId)
      const selfPaid = await failure(api.post(`/producer/payments/vietqr/${own.session.id}/confirm`, {}, owner))
      expect(selfPaid.status).toEqual(403)
      expect(selfPaid.data.message).toMatch(/own purchase/)
      expect((await adminOrder(api, shop, placed.order.id)).payment_collections[0].payments).toEqual([])
    })

    it("lets the product's producer confirm a transfer into its own account, and no other producer", async () => {
      const { order, reference, session } = await pendingOrder()
      const owner0 = await producerHeaders(true)
      await payIntoAccountOf(session.id, owner0.producerId)
      const other = await producerHeaders(false)
      const refused = await failure(api.post(`/producer/payments/vietqr/${reference}/confirm`, {}, other))
      expect(refused.status).toEqual(403)
      expect(refused.data.message).toMatch(/another seller's bank account/)
      expect((await sessionData(session.id)).data.confirmed_at).toBeNull()
      expect((await failure(api.post(`/producer/payments/vietqr/${reference}/confirm`, {}))).status).toEqual(401)

      const owner = owner0
      const waiting = await api.get("/producer/payments/vietqr", owner)
      expect(waiting.data.payments).toContainEqual(
        expect.objectContaining({ reference, amount: ODD_TOTAL, order_id: order.id, confirmable: true, items: [expect.objectContaining({ product_id: shop.productId, quantity: 1 })] })
      )
      expect((await api.get("/producer/payments/vietqr", other)).data.payments).toEqual([])
      const bad = await failure(api.post(`/producer/payments/vietqr/${reference}/confirm`, { note: 7 }, owner))
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toMatch(/note/)
      expect((await adminOrder(api, shop, order.id)).payment_collections[0].payments).toEqual([])

      const { data } = await api.post(
        `/producer/payments/vietqr/${session.id}/confirm`,
        { transaction_id: "FT25060999999" },
        owner
      )
      expect(data).toMatchObject({ order_id: order.id, payment_session: { reference, status: "authorized" } })
      const paid = await adminOrder(api, shop, order.id)
      const [payment] = paid.payment_collections[0].payments
      expect(payment.captures.map((c: any) => c.amount)).toEqual([ODD_TOTAL])
      expect(payment.data.confirmation).toMatchObject({ source: "producer", transaction_id: "FT25060999999" })

      const after = await api.get("/producer/payments/vietqr", owner)
      expect(after.data.payments.map((p: any) => p.reference)).not.toContain(reference)
      await api.post(`/producer/payments/vietqr/${reference}/confirm`, {}, owner)
      const again = await adminOrder(api, shop, order.id)
      expect(again.payment_collections[0].payments[0].captures).toHaveLength(1)
    })

    it("lets an admin confirm by reference, then refund part of it exactly as a manual transfer", async () => {
      const { order, reference } = await pendingOrder()
      const anonymous = await failure(api.post(`/admin/payments/vietqr/${reference}/confirm`, {}))
      expect(anonymous.status).toEqual(401)

      const { data } = await api.post(
        `/admin/payments/vietqr/${reference}/confirm`,
        { transaction_id: "FT25060123456", note: "seen on the statement" },
        shop.admin
      )
      expect(data).toMatchObject({ order_id: order.id, payment_session: { reference, status: "authorized" } })

      const paid = await adminOrder(api, shop, order.id)
      const [payment] = paid.payment_collections[0].payments
      expect(payment.captures.map((c: any) => c.amount)).toEqual([ODD_TOTAL])
      expect(payment.data.confirmation).toMatchObject({ source: "admin", transaction_id: "FT25060123456" })

      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 234567 }, shop.admin)
      const refunded = await adminOrder(api, shop, order.id)
      const after = refunded.payment_collections[0].payments[0]
      expect(after.refunds.map((r: any) => r.amount)).toEqual([234567])
      expect(after.data.refunds).toEqual([expect.objectContaining({ amount: 234567, method: "manual_bank_transfer" })])
      expect(after.data.refund_note).toMatch(/manually/)
    })
  },
})
