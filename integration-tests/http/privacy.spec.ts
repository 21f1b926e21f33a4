import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PRIVACY_NOTICE_VERSION } from "../../src/lib/privacy"
import { failure, loginToken } from "../helpers/harness"
import { cartWithSession, prepareShop, Shop } from "./payments-checkout"

jest.setTimeout(300 * 1000)

const COD = "pp_system_default"
const PASSWORD = "mat-khau-123"

/** Issue #15 "Shop identity and policies": Decree 13/2023 consent and erasure. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await prepareShop(api, getContainer())
    })

    const bearer = (token: string) => ({ headers: { ...shop.store.headers, authorization: `Bearer ${token}` } })
    const register = async (email: string, metadata?: Record<string, unknown>) => {
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
      return api.post("/store/customers", { email, first_name: "Lan", last_name: "Nguyễn", ...(metadata ? { metadata } : {}) }, bearer(reg.token))
    }
    const login = (email: string) => loginToken(api, "customer", { email, password: PASSWORD })
    const adminCustomers = async (email: string) =>
      (await api.get(`/admin/customers?email=${encodeURIComponent(email)}&fields=id,email,metadata`, shop.admin)).data.customers
    const expectServerTime = (at: string, before: number) => {
      expect(Date.parse(at)).toBeGreaterThanOrEqual(before - 1000)
      expect(Date.parse(at)).toBeLessThanOrEqual(Date.now() + 1000)
    }

    describe("consent at registration", () => {
      it("refuses a registration without consent (400 naming the field) and creates no customer", async () => {
        for (const metadata of [undefined, { personal_data_consent: false }, { personal_data_consent: { version: "x", at: "2020-01-01T00:00:00Z" } }]) {
          const refused = await failure(register(`no-consent-${Math.random()}@example.vn`, metadata))
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/metadata\.personal_data_consent: must be true/)
        }
        const refused = await failure(register("no-consent@example.vn"))
        expect(refused.status).toBe(400)
        expect(await adminCustomers("no-consent@example.vn")).toEqual([])
      })

      it("records the notice version and the server's time", async () => {
        const before = Date.now()
        const { data } = await register("consent@example.vn", { personal_data_consent: true, newsletter: false })
        const [customer] = await adminCustomers("consent@example.vn")
        expect(customer.id).toBe(data.customer.id)
        expect(customer.metadata).toEqual({
          newsletter: false,
          personal_data_consent: { version: PRIVACY_NOTICE_VERSION, at: expect.any(String) },
        })
        expectServerTime(customer.metadata.personal_data_consent.at, before)

        // the record is the server's: a customer cannot write it, and a metadata update keeps it
        const token = await login("consent@example.vn")
        const forged = await failure(
          api.post("/store/customers/me", { metadata: { personal_data_consent: { version: "x", at: "2020-01-01T00:00:00Z" } } }, bearer(token))
        )
        expect(forged.status).toBe(400)
        expect(forged.data.message).toMatch(/^metadata\.personal_data_consent: recorded by the server only/)
        await api.post("/store/customers/me", { metadata: { newsletter: true } }, bearer(token))
        const [after] = await adminCustomers("consent@example.vn")
        expect(after.metadata).toEqual({ newsletter: true, personal_data_consent: customer.metadata.personal_data_consent })
      })
    })

    describe("consent at checkout", () => {
      /** A COD cart ready to complete, opened as the OCOP storefront opens its carts. */
      const storefrontCart = async () => {
        const { cartId } = await cartWithSession(api, shop, COD)
        await api.post(`/store/carts/${cartId}`, { metadata: { personal_data_consent_required: true } }, shop.store)
        return cartId
      }

      it("refuses to complete a storefront cart without recorded consent, then completes it with the server's record", async () => {
        const cartId = await storefrontCart()
        const refused = await failure(api.post(`/store/carts/${cartId}/complete`, {}, shop.store))
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({
          type: "invalid_data",
          message: expect.stringMatching(/^personal_data_consent: the buyer has not agreed to the privacy notice/),
        })

        // a client cannot write the record, nor take the requirement back
        const forged = await failure(
          api.post(`/store/carts/${cartId}`, { metadata: { personal_data_consent: { version: "x", at: "2020-01-01T00:00:00Z" } } }, shop.store)
        )
        expect(forged.status).toBe(400)
        expect(forged.data.message).toMatch(/^metadata\.personal_data_consent: recorded by the server only/)
        const no = await failure(api.post(`/store/carts/${cartId}/consent`, { personal_data_consent: false }, shop.store))
        expect(no.status).toBe(400)
        expect(no.data.message).toMatch(/personal_data_consent/)
        const early = await failure(
          api.post(`/store/carts/${cartId}/consent`, { personal_data_consent: true, at: "2020-01-01T00:00:00Z" }, shop.store)
        )
        expect(early.status).toBe(400)
        await api.post(`/store/carts/${cartId}`, { metadata: { personal_data_consent_required: false } }, shop.store)
        expect((await failure(api.post(`/store/carts/${cartId}/complete`, {}, shop.store))).status).toBe(400)

        const before = Date.now()
        const { data: consent } = await api.post(`/store/carts/${cartId}/consent`, { personal_data_consent: true }, shop.store)
        expect(consent).toEqual({
          cart_id: cartId,
          personal_data_consent: { version: PRIVACY_NOTICE_VERSION, at: expect.any(String) },
        })
        expectServerTime(consent.personal_data_consent.at, before)
        // a later metadata update (the storefront saves the delivery kind) keeps the record
        await api.post(`/store/carts/${cartId}`, { metadata: { delivery: "delivery" } }, shop.store)

        const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
        expect(placed.type).toBe("order")
        const { data } = await api.get(`/admin/orders/${placed.order.id}?fields=id,metadata`, shop.admin)
        expect(data.order.metadata).toEqual(
          expect.objectContaining({ delivery: "delivery", personal_data_consent: consent.personal_data_consent })
        )
      })

      it("lets a stock Medusa client's cart (not opted in) check out as before (api contract)", async () => {
        const { cartId } = await cartWithSession(api, shop, COD)
        const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
        expect(placed.type).toBe("order")
      })
    })

    describe("account erasure", () => {
      it("refuses without a signed-in customer or without confirmation, and changes nothing", async () => {
        const anonymous = await failure(api.post("/store/customers/me/erase", { confirm: true }, shop.store))
        expect(anonymous.status).toBe(401)
        await register("keep-me@example.vn", { personal_data_consent: true })
        const token = await login("keep-me@example.vn")
        const unconfirmed = await failure(api.post("/store/customers/me/erase", {}, bearer(token)))
        expect(unconfirmed.status).toBe(400)
        expect(unconfirmed.data.message).toMatch(/confirm/)
        expect(await adminCustomers("keep-me@example.vn")).toHaveLength(1)
        expect(await login("keep-me@example.vn")).toEqual(expect.any(String))
      })

      it("de-identifies the customer, deletes addresses, removes the login and keeps the order without the e-mail", async () => {
        const email = "erase-me@example.vn"
        await register(email, { personal_data_consent: true })
        const token = await login(email)
        await api.post(
          "/store/customers/me/addresses",
          { first_name: "Lan", last_name: "Nguyễn", address_1: "5 Bà Triệu", city: "Lạng Sơn", country_code: "vn", phone: "0912000222" },
          bearer(token)
        )
        const { cartId } = await cartWithSession(api, shop, COD)
        await api.post(`/store/carts/${cartId}/customer`, {}, bearer(token))
        const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, bearer(token))
        expect(placed.type).toBe("order")
        const [customer] = await adminCustomers(email)

        const { data } = await api.post("/store/customers/me/erase", { confirm: true }, bearer(token))
        expect(data.erasure).toEqual({
          customer_id: customer.id,
          erased_at: expect.any(String),
          customer: "de-identified",
          addresses_deleted: 1,
          logins_removed: 1,
          orders_kept: 1,
          orders_deidentified: 1,
        })

        // the old password no longer signs in, and the e-mail is free
        const relogin = await failure(login(email))
        expect(relogin.status).toBe(401)
        expect(await adminCustomers(email)).toEqual([])

        const { data: after } = await api.get(`/admin/customers/${customer.id}?fields=id,email,first_name,last_name,phone,metadata,has_account,*addresses`, shop.admin)
        expect(after.customer).toEqual(
          expect.objectContaining({
            id: customer.id,
            email: `${customer.id.toLowerCase()}@erased.invalid`,
            first_name: null,
            last_name: null,
            phone: null,
            metadata: null,
            has_account: false,
            addresses: [],
          })
        )

        const { data: kept } = await api.get(
          `/admin/orders/${placed.order.id}?fields=id,email,customer_id,total,*items,*shipping_address`,
          shop.admin
        )
        expect(kept.order.id).toBe(placed.order.id)
        expect(kept.order.email).toBe(`${customer.id.toLowerCase()}@erased.invalid`)
        expect(kept.order.customer_id).toBe(customer.id)
        expect(kept.order.total).toBe(placed.order.total)
        expect(kept.order.items).toHaveLength(1)
        expect(kept.order.shipping_address).toEqual(
          expect.objectContaining({ first_name: null, last_name: null, phone: null, address_1: null, city: "Lạng Sơn" })
        )
      })
    })
  },
})
