import { randomUUID } from "crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
    const order = (key: string, quantity = 1, payment = "cash") => ({
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
