import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  deleteApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  revokeApiKeysWorkflow,
  updateApiKeysWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { LEGACY_PUBLISHABLE_KEY_TITLE, SALES_CHANNELS, SalesChannelKey } from "../../src/scripts/seed/context"
import { seedLangSon, SeedResult } from "../../src/scripts/seed/index"
import { seedStore } from "../helpers/seeded-store"

jest.setTimeout(300 * 1000)

/** Cash on delivery is Medusa's system provider. */
const COD = "pp_system_default"

const ADDRESS = {
  first_name: "Nguyễn",
  last_name: "Văn A",
  address_1: "12 Trần Đăng Ninh",
  city: "Lạng Sơn",
  country_code: "vn",
  phone: "0912345678",
}

const ROLES = Object.keys(SALES_CHANNELS) as SalesChannelKey[]

/** Sales channel names of each publishable key, by token. */
async function channelsOfKeys(container: MedusaContainer, tokens: string[]) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "api_key",
    fields: ["token", "revoked_at", "sales_channels.name"],
    filters: { token: tokens },
  })
  return Object.fromEntries(
    data.map((k: any) => [k.token, { revoked: !!k.revoked_at, channels: k.sales_channels.map((c: any) => c.name) }])
  )
}

/** What a database seeded before v5 had: one key, on all three channels. */
async function revertToSingleKey(container: MedusaContainer, seed: SeedResult) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { token: Object.values(seed.publishableKeys) },
  })
  const id = (role: SalesChannelKey) => data.find((k: any) => k.token === seed.publishableKeys[role])!.id
  const { data: channels } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: [SALES_CHANNELS.kiosk.name, SALES_CHANNELS.live.name] },
  })
  const others = [id("kiosk"), id("live")]
  await revokeApiKeysWorkflow(container).run({ input: { selector: { id: others }, revoke: { revoked_by: "test" } } })
  await deleteApiKeysWorkflow(container).run({ input: { ids: others } })
  await updateApiKeysWorkflow(container).run({
    input: { selector: { id: id("online") }, update: { title: LEGACY_PUBLISHABLE_KEY_TITLE } },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: id("online"), add: channels.map((c: any) => c.id) },
  })
}

/**
 * A client written for stock Medusa (the calls of Medusa's Next.js starter)
 * checks out with the seeded online key, with nothing OCOP-specific.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let sdk: Medusa
    let onlineChannelId: string

    beforeAll(async () => {
      ;({ seed } = await seedStore(getContainer()))
      sdk = new Medusa({ baseUrl: api.defaults.baseURL!, publishableKey: seed.publishableKey })
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "sales_channel",
        fields: ["id"],
        filters: { name: SALES_CHANNELS.online.name },
      })
      onlineChannelId = data[0].id
    })

    it("gives each sales channel its own publishable key, on that channel only", async () => {
      expect(seed.publishableKey).toEqual(seed.publishableKeys.online)
      expect(new Set(Object.values(seed.publishableKeys)).size).toEqual(ROLES.length)
      const keys = await channelsOfKeys(getContainer(), Object.values(seed.publishableKeys))
      for (const role of ROLES) {
        expect(keys[seed.publishableKeys[role]]).toEqual({ revoked: false, channels: [SALES_CHANNELS[role].name] })
      }
    })

    it("checks out with cash on delivery through @medusajs/js-sdk, as Medusa's Next.js starter does", async () => {
      const { regions } = await sdk.store.region.list()
      const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "vn"))!
      expect(region.currency_code).toEqual("vnd")

      // A shelf-stable product (a jar of honey): fresh fruit or meat may outlive
      // its shelf life on standard delivery, and the store refuses that.
      const { products } = await sdk.store.product.list({
        region_id: region.id,
        handle: "mat-ong-hoa-ngu-gia-bi-quang-lac",
        fields: "*variants.calculated_price,+variants.inventory_quantity",
      })
      const variant = products
        .flatMap((p) => p.variants ?? [])
        .find((v) => (v.inventory_quantity ?? 0) > 0 && v.calculated_price?.calculated_amount)!
      expect(variant).toBeDefined()

      const { cart } = await sdk.store.cart.create({ region_id: region.id })
      expect(cart.sales_channel_id).toEqual(onlineChannelId)

      await sdk.store.cart.createLineItem(cart.id, { variant_id: variant.id, quantity: 1 })
      await sdk.store.cart.update(cart.id, {
        email: "stock-client@example.vn",
        shipping_address: ADDRESS,
        billing_address: ADDRESS,
      })
      const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      const delivery = shipping_options.find((o) => /Standard delivery/.test(o.name))!
      expect(delivery).toBeDefined()
      const { cart: withShipping } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: delivery.id })

      const { payment_collection } = await sdk.store.payment.initiatePaymentSession(withShipping, { provider_id: COD })
      expect(payment_collection.payment_sessions?.map((s) => s.provider_id)).toEqual([COD])

      const placed = await sdk.store.cart.complete(cart.id)
      expect(placed.type).toEqual("order")
      if (placed.type !== "order") return
      expect(placed.order.total).toEqual(withShipping.total)
      expect(placed.order.items?.map((i) => i.variant_id)).toEqual([variant.id])
      const { order } = await sdk.store.order.retrieve(placed.order.id, { fields: "id,sales_channel_id" })
      expect(order.sales_channel_id).toEqual(onlineChannelId)
    })

    it("keeps the old single key on three channels as the online key, on the online channel only", async () => {
      await revertToSingleKey(getContainer(), seed)
      const refused = await api
        .post("/store/carts", {}, { headers: { "x-publishable-api-key": seed.publishableKey } })
        .catch((e) => e.response)
      expect(refused.status).toEqual(400)
      expect(JSON.stringify(refused.data)).toMatch(/multiple associated sales channels/)

      const reseeded = await seedLangSon(getContainer())
      expect(reseeded.publishableKey).toEqual(seed.publishableKey)
      const keys = await channelsOfKeys(getContainer(), Object.values(reseeded.publishableKeys))
      for (const role of ROLES) {
        expect(keys[reseeded.publishableKeys[role]]).toEqual({ revoked: false, channels: [SALES_CHANNELS[role].name] })
      }
      const { cart } = await sdk.store.cart.create({})
      expect(cart.sales_channel_id).toEqual(onlineChannelId)
    })
  },
})
