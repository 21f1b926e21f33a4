import { randomUUID } from "crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { offlineTransfer, parseVietQrPayload, referenceFromKey, signBankNotification } from "@ocop-live/payment-vietqr/lib/vietqr"
import { vietQrWebhookSecret } from "@ocop-live/payment-vietqr/lib/config"
import { seedStore } from "../helpers/seeded-store"
import { failure } from "../helpers/failure"

jest.setTimeout(300 * 1000)

const LOCATION = "ky-lua"
const newKey = () => `kiosk-${randomUUID()}`

/**
 * POST /store/kiosk/orders: the offline kiosk's queue submits each order with
 * its own idempotency key; the backend places it exactly once.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let kiosk: { headers: Record<string, string> }
    let variant: { id: string; stock: number }

    beforeAll(async () => {
      const { seed } = await seedStore(getContainer())
      kiosk = { headers: { "x-publishable-api-key": seed.publishableKeys.kiosk } }
      const { data } = await api.get(
        "/store/products?limit=100&fields=id,metadata,*variants,+variants.inventory_quantity,+variants.manage_inventory",
        kiosk
      )
      const stocked = data.products
        .filter((p: any) => !p.metadata?.alcohol_abv)
        .flatMap((p: any) => p.variants)
        .find((v: any) => v.manage_inventory && v.inventory_quantity >= 5)
      variant = { id: stocked.id, stock: stocked.inventory_quantity }
    })

    const post = (body: Record<string, unknown>) => api.post("/store/kiosk/orders", body, kiosk)
    const order = (key: string, quantity = 1, payment = "cash", extra: Record<string, unknown> = {}) => ({
      ...extra,
      idempotency_key: key,
      location: LOCATION,
      payment,
      items: [{ variant_id: variant.id, quantity }],
    })
    const ordersWithKey = async (key: string) => {
      const { rows } = await dbConnection.raw(
        `select id from "order" where metadata->>'kiosk_order_key' = ? and deleted_at is null`,
        [key]
      )
      return rows.map((r: any) => r.id)
    }
    const counts = async () => {
      const { rows } = await dbConnection.raw(
        `select (select count(*) from "order") as orders, (select count(*) from "cart") as carts, (select count(*) from kiosk_order) as kiosk_orders, (select coalesce(sum(quantity), 0) from reservation_item where deleted_at is null) as reserved`
      )
      return rows[0]
    }
    const stockOf = async () => {
      const { data } = await api.get(`/store/products?fields=*variants,+variants.inventory_quantity&limit=100`, kiosk)
      return data.products.flatMap((p: any) => p.variants).find((v: any) => v.id === variant.id).inventory_quantity
    }

    it("places a cash order for pickup at the stall, and a replayed key answers the same order", async () => {
      const key = newKey()
      const first = await post(order(key, 2))
      expect(first.status).toBe(201)
      expect(first.data.replayed).toBe(false)
      expect(first.data.order.display_id).toEqual(expect.any(Number))
      expect(first.data.order.items).toEqual([expect.objectContaining({ variant_id: variant.id, quantity: 2 })])

      const again = await post(order(key, 2))
      expect(again.status).toBe(200)
      expect(again.data.replayed).toBe(true)
      expect(again.data.order.id).toBe(first.data.order.id)
      expect(await ordersWithKey(key)).toEqual([first.data.order.id])
      expect(await stockOf()).toBe(variant.stock - 2)

      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["sales_channel.name", "shipping_methods.name", "metadata"],
          filters: { id: first.data.order.id },
        })
      expect(data[0].shipping_methods[0].name).toMatch(/Kỳ Lừa/)
      expect(data[0].metadata).toEqual(expect.objectContaining({ pickup_location: LOCATION, kiosk_order_key: key }))
    })

    it("concurrent submissions of one key place one order", async () => {
      const key = newKey()
      const answers = await Promise.all([post(order(key)), post(order(key)), post(order(key))])
      const ids = new Set(answers.map((a) => a.data.order.id))
      expect(ids.size).toBe(1)
      expect(answers.filter((a) => !a.data.replayed)).toHaveLength(1)
      expect(await ordersWithKey(key)).toEqual([...ids])
    })

    it("a VietQR order waits for the bank: placed, not paid", async () => {
      const key = newKey()
      const { data } = await post(order(key, 1, "vietqr"))
      expect(await ordersWithKey(key)).toEqual([data.order.id])
      const {
        data: [placed],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["payment_collections.status", "payment_collections.payments.id", "payment_collections.payment_sessions.provider_id"],
          filters: { id: data.order.id },
        })
      const [collection] = placed.payment_collections
      expect(collection.payment_sessions.map((s: any) => s.provider_id)).toEqual(["pp_vietqr_vietqr"])
      // pending transfer: no payment authorized or captured until the bank confirms
      expect(collection.status).not.toMatch(/authorized|completed|captured/)
      expect(collection.payments).toEqual([])
    })

    /** A request expected to succeed; a failure is rethrown readable (an HTTP error object does not serialize). */
    const ok = async <T,>(request: Promise<T>): Promise<T> => {
      try {
        return await request
      } catch (e: any) {
        throw new Error(`${e.response?.status ?? ""} ${JSON.stringify(e.response?.data ?? e.message)}`)
      }
    }

    /** The order's VietQR payment session(s) and captured payments, read on the server. */
    const vietQrOf = async (orderId: string) => {
      const {
        data: [placed],
      } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: [
            "total",
            "payment_collections.payment_sessions.*",
            "payment_collections.payments.amount",
            "payment_collections.payments.captures.amount",
          ],
          filters: { id: orderId },
        })
      const [collection] = placed.payment_collections
      return { total: Number(placed.total), sessions: collection.payment_sessions, payments: collection.payments }
    }

    /** A bank-feed notification (SePay style) of a transfer into the kiosk's account, signed as the bank feed does. */
    const notifyBank = async (reference: string, amount: number, accountNumber: string) => {
      const raw = JSON.stringify({
        id: Date.now(),
        gateway: "Vietcombank",
        transactionDate: "2026-12-06 09:15:00",
        accountNumber,
        code: null,
        content: `MBVCB.${Date.now()}.${reference}.CT tu 0912345678 NGUYEN VAN A`,
        transferType: "in",
        transferAmount: amount,
        referenceCode: `MBVCB.${Date.now()}`,
        description: "",
      })
      const timestamp = String(Math.floor(Date.now() / 1000))
      return api.post("/hooks/vietqr", raw, {
        headers: {
          "content-type": "application/json",
          "x-vietqr-timestamp": timestamp,
          "x-vietqr-signature": signBankNotification(raw, vietQrWebhookSecret()!, timestamp),
        },
      })
    }

    it("a VietQR order queued offline: pending under the reference derived from its key, the kiosk's QR; the bank's notification captures it", async () => {
      const { data: payee } = await ok(api.get("/store/kiosk/payee", kiosk))
      expect(payee.vietqr).toEqual({
        bank_bin: expect.stringMatching(/^\d{6}$/),
        account_number: expect.any(String),
        account_name: expect.any(String),
      })

      const key = newKey()
      const reference = referenceFromKey(key)
      const first = await ok(post(order(key, 2, "vietqr", { vietqr_reference: reference })))
      expect(first.status).toBe(201)
      const { total, sessions, payments } = await vietQrOf(first.data.order.id)
      expect(sessions).toHaveLength(1)
      const [session] = sessions
      expect(session.provider_id).toBe("pp_vietqr_vietqr")
      expect(session.status).toBe("pending_authorization")
      expect(session.data.reference).toBe(reference)
      expect(session.data.amount).toBe(total)
      // the very payload the kiosk built offline from the cached payee, for the order's total
      const kioskQr = offlineTransfer({ bankBin: payee.vietqr.bank_bin, accountNumber: payee.vietqr.account_number }, total, key)
      expect(session.data.payload).toBe(kioskQr.payload)
      expect(parseVietQrPayload(session.data.payload).fields).toMatchObject({ amount: total, additionalData: { purpose: reference } })
      expect(session.data.qr_svg).toMatch(/^<svg/)
      expect(session.data.confirmed_at ?? null).toBeNull()
      expect(payments).toEqual([])

      // the kiosk sends it again (reply lost): same order, no second payment
      const again = await ok(post(order(key, 2, "vietqr", { vietqr_reference: reference })))
      expect(again.status).toBe(200)
      expect(again.data.order.id).toBe(first.data.order.id)
      expect((await vietQrOf(first.data.order.id)).sessions).toHaveLength(1)

      // the bank feed reports the transfer with that reference and amount: captured once
      const { data: hook } = await ok(notifyBank(reference, total, payee.vietqr.account_number))
      expect(hook).toMatchObject({ success: true, status: "confirmed", reference, order_id: first.data.order.id })
      const paid = await vietQrOf(first.data.order.id)
      expect(paid.payments).toHaveLength(1)
      expect(Number(paid.payments[0].amount)).toBe(total)
      expect(paid.payments[0].captures.map((c: any) => Number(c.amount))).toEqual([total])
    })

    it("a VietQR order sent without a reference gets the one derived from its key", async () => {
      const key = newKey()
      const { data } = await ok(post(order(key, 1, "vietqr")))
      const { sessions } = await vietQrOf(data.order.id)
      expect(sessions.map((s: any) => s.data.reference)).toEqual([referenceFromKey(key)])
    })

    it("a reference that is not the key's derivation, or one already used by another payment: 400 naming vietqr_reference, nothing written", async () => {
      const before = await counts()
      const key = newKey()
      const derived = referenceFromKey(key)
      const tampered = [
        derived.slice(0, -1) + (derived.endsWith("A") ? "B" : "A"),
        referenceFromKey(newKey()),
        derived.toLowerCase(),
        "OCOP",
      ]
      for (const vietqr_reference of tampered) {
        const res = await failure(post(order(key, 1, "vietqr", { vietqr_reference })))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/vietqr_reference/)
      }
      const cash = await failure(post(order(key, 1, "cash", { vietqr_reference: derived })))
      expect(cash.status).toBe(400)
      expect(cash.data.message).toMatch(/vietqr_reference/)
      expect(await counts()).toEqual(before)

      // another payment already carries this key's reference (a forged collision): refused, nothing kept
      const other = await ok(post(order(newKey(), 1, "vietqr")))
      const [otherSession] = (await vietQrOf(other.data.order.id)).sessions
      await dbConnection.raw(`update payment_session set data = jsonb_set(data, '{reference}', to_jsonb(?::text)) where id = ?`, [
        derived,
        otherSession.id,
      ])
      const taken = await counts()
      const stock = await stockOf()
      const res = await failure(post(order(key, 1, "vietqr", { vietqr_reference: derived })))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/vietqr_reference/)
      expect(await counts()).toEqual(taken)
      expect(await stockOf()).toBe(stock)
      expect(await ordersWithKey(key)).toEqual([])
    })

    it("bad input: 400 naming the field, nothing written", async () => {
      const before = await counts()
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ ...order(newKey()), idempotency_key: undefined }, /idempotency_key/],
        [{ ...order("short") }, /idempotency_key/],
        [{ ...order(newKey()), location: "../x" }, /location/],
        [{ ...order(newKey()), payment: "card" }, /payment/],
        [{ ...order(newKey(), 0) }, /items/],
        [{ ...order(newKey()), items: [] }, /items/],
        [{ ...order(newKey()), location: "nowhere" }, /location/],
      ]
      for (const [body, field] of cases) {
        const res = await failure(post(body))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(field)
      }
      expect(await counts()).toEqual(before)
    })

    it("stock short: 409 naming the item, nothing placed, nothing reserved; the key stays free", async () => {
      const key = newKey()
      const before = await counts()
      const stock = await stockOf()
      // one more than in stock, over lines of at most 99 (the same variant's lines add up)
      const lines = Array.from({ length: Math.ceil((stock + 1) / 99) }, (_, i) => ({
        variant_id: variant.id,
        quantity: Math.min(99, stock + 1 - i * 99),
      }))
      const res = await failure(post({ ...order(key), items: lines }))
      expect(res.status).toBe(409)
      expect(res.data.message).toContain(variant.id)
      expect(await counts()).toEqual(before)
      expect(await stockOf()).toBe(stock)

      // the stall keeper fixes the line and resends under the same key
      const fixed = await post(order(key, 1))
      expect(fixed.status).toBe(201)
      expect(await ordersWithKey(key)).toEqual([fixed.data.order.id])
    })
  },
})
