import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { parseVietQrPayload, signBankNotification } from "../../src/modules/vietqr/lib"
import { createProducerAccountWorkflow } from "../../src/workflows/live/create-producer-account"
import { findVietQrSessionByReference } from "../../src/workflows/payments"
import {
  adminOrder,
  cartWithSession,
  completeCart,
  failure,
  ODD_TOTAL,
  prepareShop,
  Shop,
} from "./payments-checkout"

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

    function notify(body: unknown, signature?: string) {
      const raw = JSON.stringify(body)
      return api.post("/hooks/vietqr", raw, {
        headers: {
          "content-type": "application/json",
          "x-vietqr-signature": signature ?? signBankNotification(raw, SECRET),
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
      expect(flagged.data.confirmed_at).toBeUndefined()
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

      const forged = await failure(notify(genuine, signBankNotification(raw, "attacker-secret")))
      expect(forged.status).toEqual(401)
      expect(forged.data).toMatchObject({ type: "unauthorized" })
      expect((await failure(api.post("/hooks/vietqr", genuine))).status).toEqual(401)
      const tampered = await failure(
        api.post("/hooks/vietqr", raw.replace(`"transferAmount":${ODD_TOTAL}`, `"transferAmount":${ODD_TOTAL + 1}`), {
          headers: { "content-type": "application/json", "x-vietqr-signature": signBankNotification(raw, SECRET) },
        })
      )
      expect(tampered.status).toEqual(401)
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
      const email = `${owner ? "owner" : "other"}-${producerId}@test.local`
      await createProducerAccountWorkflow(getContainer()).run({
        input: { producer_id: producerId, email, password: "secret-123" },
      })
      const { data } = await api.post("/auth/producer/emailpass", { email, password: "secret-123" })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    it("lets the product's producer confirm its own payment, and no other producer", async () => {
      const { order, reference, session } = await pendingOrder()
      const other = await producerHeaders(false)
      const refused = await failure(api.post(`/producer/payments/vietqr/${reference}/confirm`, {}, other))
      expect(refused.status).toEqual(403)
      expect(refused.data.message).toMatch(/another producer/)
      expect((await sessionData(session.id)).data.confirmed_at).toBeUndefined()
      expect((await failure(api.post(`/producer/payments/vietqr/${reference}/confirm`, {}))).status).toEqual(401)

      const owner = await producerHeaders(true)
      const waiting = await api.get("/producer/payments/vietqr", owner)
      expect(waiting.data.payments).toContainEqual(
        expect.objectContaining({ reference, amount: ODD_TOTAL, order_id: order.id, items: [expect.objectContaining({ product_id: shop.productId, quantity: 1 })] })
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
