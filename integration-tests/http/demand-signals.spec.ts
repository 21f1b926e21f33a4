import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMAND_MODULE } from "@ocop-live/ocop/modules/demand"
import { addWeeks, isoWeekOf, toEventRow, weekMonth, weekMultiplier, weekStart } from "@ocop-live/ocop/modules/demand/lib"
import type DemandModuleService from "@ocop-live/ocop/modules/demand/service"
import { recordDemandEventsWorkflow } from "@ocop-live/ocop/workflows/demand/record-demand-events"
import { CATALOGUE } from "../../src/scripts/data/lang-son-catalogue"
import { createProducerAccountWorkflow } from "@ocop-live/live-selling/workflows/live/create-producer-account"
import { failure } from "../helpers/failure"
import { adminLogin, producerLogin } from "../helpers/harness"
import { seedStore } from "../helpers/seeded-store"

jest.setTimeout(300 * 1000)

const catalogueItem = (handle: string) => CATALOGUE.find((p) => p.handle === handle)!
const stockOf = (handle: string) => catalogueItem(handle).variants.reduce((a, v) => a + v.stock, 0)
const priceOf = (handle: string) => Math.min(...catalogueItem(handle).variants.map((v) => v.price))
/** An instant on Wednesday of `week` (Vietnam time). */
const midWeek = (week: string) => new Date(weekStart(week).getTime() + 2.5 * 86400e3).toISOString()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let ids: Record<string, string>

    const countEvents = async () =>
      (await dbConnection.raw(`SELECT count(*)::int AS n FROM demand_event`)).rows[0].n as number

    const variantOf = async (handle: string) =>
      (await api.get(`/admin/products?handle=${handle}&fields=id,variants.id`, admin)).data.products[0].variants[0].id as string

    const W0 = isoWeekOf(new Date())
    const horizon = [0, 1, 2, 3].map((i) => addWeeks(W0, i))
    const history = [1, 2, 3, 4].map((i) => addWeeks(W0, -i))
    /** a month none of the horizon weeks falls in */
    const farMonth = ((weekMonth(W0) + 5) % 12) + 1

    /**
     * The matching scene, set up before the runner snapshots the database
     * (it restores the snapshot before every test).
     */
    async function setUpMatching() {
      // Province-wide calendar entries would scale online demand: remove them for exact figures.
      const { data } = await api.get("/admin/demand/calendar?limit=500", admin)
      for (const e of data.events.filter((e: any) => e.location_key === null)) {
        await api.delete(`/admin/demand/calendar/${e.id}`, admin)
      }
      // Persimmon out of season for the whole horizon; na in season, with a harvest next week.
      await api.post(`/admin/demand/supply/seasons/${ids["hong-khong-hat-bao-lam"]}`, { months: [farMonth], perishable: true }, admin)
      await api.post(
        `/admin/demand/supply/seasons/${ids["na-chi-lang"]}`,
        { months: [...new Set(horizon.map(weekMonth))], perishable: true },
        admin
      )
      await api.post("/admin/demand/supply/forecasts", { forecasts: [{ product_id: ids["na-chi-lang"], week: horizon[1], quantity: 100 }] }, admin)
      // Each history week: 5 persimmons ordered online, 6 roast ducks handed over at Kỳ Lừa.
      const events = history.flatMap((week) => [
        { kind: "order", occurred_at: midWeek(week), product_id: ids["hong-khong-hat-bao-lam"], quantity: 5, value: 5 * priceOf("hong-khong-hat-bao-lam") },
        { kind: "kiosk_handover", occurred_at: midWeek(week), product_id: ids["vit-quay-hong-xiem"], location_key: "ky-lua", quantity: 6 },
      ])
      // orders and kiosk hand-overs are the server's to record
      await recordDemandEventsWorkflow(getContainer()).run({ input: { events: events as any, source: "server" } })
      const { data: run } = await api.post("/admin/demand/matches/compute", {}, admin)
      expect(run).toEqual(expect.objectContaining({ week: W0, weeks: horizon }))
    }

    beforeAll(async () => {
      const { seed, storeHeaders } = await seedStore(getContainer())
      store = storeHeaders
      admin = await adminLogin(api, seed.admin!)
      const { data: products } = await api.get("/admin/products?limit=200&fields=id,handle", admin)
      ids = Object.fromEntries(products.products.map((p: any) => [p.handle, p.id]))
      await setUpMatching()
    })

    describe("ingestion", () => {
      const view = (i: number) => ({
        kind: "product_view",
        occurred_at: new Date(Date.now() - i * 1000).toISOString(),
        product_id: ids["mac-ca-say-nut-vo"],
        session_id: "s_test_0001",
      })

      it("stores a valid batch and answers how many events it recorded", async () => {
        const before = await countEvents()
        const { data } = await api.post(
          "/store/demand/events",
          { events: [view(1), view(2), { kind: "kiosk_scan", occurred_at: view(3).occurred_at, location_key: "ky-lua" }] },
          store
        )
        expect(data).toEqual({ recorded: 3 })
        expect(await countEvents()).toEqual(before + 3)
      })

      it("refuses a batch with one malformed event, naming it, and stores none of it", async () => {
        const before = await countEvents()
        const bad = await failure(
          api.post("/store/demand/events", { events: [view(1), view(2), { ...view(3), occurred_at: "hôm qua" }, view(4)] }, store)
        )
        expect(bad.status).toEqual(400)
        expect(bad.data).toEqual({ type: "invalid_data", message: "Invalid demand events: events[2].occurred_at: expected an ISO 8601 date-time with a time zone" })

        const personal = await failure(api.post("/store/demand/events", { events: [view(1), { ...view(2), email: "a@b.vn" }] }, store))
        expect(personal.data.message).toEqual('Invalid demand events: events[1]: unknown field "email"')

        const missing = await failure(
          api.post("/store/demand/events", { events: [{ kind: "cart_add", occurred_at: view(1).occurred_at, quantity: 2 }] }, store)
        )
        expect(missing.data.message).toEqual('Invalid demand events: events[0].product_id: required for kind "cart_add"')

        const tooMany = await failure(api.post("/store/demand/events", { events: Array.from({ length: 501 }, (_, i) => view(i)) }, store))
        expect(tooMany.data.message).toMatch(/events: expected 1 to 500 events, got 501/)
        expect(await countEvents()).toEqual(before)
      })

      it("refuses the kinds only the server records, and quantities beyond each kind's bound, storing nothing", async () => {
        const before = await countEvents()
        const at = view(1).occurred_at
        const product_id = ids["vit-quay-hong-xiem"]
        const serverOnly = [
          { kind: "order", occurred_at: at, product_id, quantity: 50, value: 9_000_000 },
          { kind: "kiosk_handover", occurred_at: at, product_id, location_key: "ky-lua", quantity: 6 },
          { kind: "live_claim", occurred_at: at, product_id, stream_id: "lstr_fake" },
          { kind: "live_peak_viewers", occurred_at: at, stream_id: "lstr_fake", quantity: 100000 },
        ]
        for (const event of serverOnly) {
          const res = await failure(api.post("/store/demand/events", { events: [view(1), event] }, store))
          expect(res.status).toEqual(400)
          expect(res.data).toEqual({
            type: "invalid_data",
            message: `Invalid demand events: events[1].kind: "${event.kind}" is recorded by the server only`,
          })
        }
        const bounds: [Record<string, unknown>, string][] = [
          [{ kind: "cart_add", occurred_at: at, product_id, quantity: 101 }, 'events[0].quantity: at most 100 for kind "cart_add"'],
          [{ kind: "kiosk_scan", occurred_at: at, location_key: "ky-lua", quantity: 11 }, 'events[0].quantity: at most 10 for kind "kiosk_scan"'],
          [{ ...view(1), quantity: 5 }, 'events[0].quantity: not accepted for kind "product_view"'],
          [{ kind: "search", occurred_at: at, query: "vịt quay", quantity: 5 }, 'events[0].quantity: not accepted for kind "search"'],
        ]
        for (const [event, message] of bounds) {
          const res = await failure(api.post("/store/demand/events", { events: [event] }, store))
          expect(res.status).toEqual(400)
          expect(res.data.message).toEqual(`Invalid demand events: ${message}`)
        }
        expect(await countEvents()).toEqual(before)
        const { data } = await api.post(
          "/store/demand/events",
          { events: [{ kind: "cart_add", occurred_at: at, product_id, quantity: 100 }, { kind: "kiosk_scan", occurred_at: at, location_key: "ky-lua", quantity: 10 }] },
          store
        )
        expect(data).toEqual({ recorded: 2 })
      })

      it("records a kiosk hand-over from the cart's own lines, once", async () => {
        const { data: regions } = await api.get("/store/regions", store)
        const { data: created } = await api.post("/store/carts", { region_id: regions.regions[0].id }, store)
        const cartId = created.cart.id
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: await variantOf("vit-quay-hong-xiem"), quantity: 2 }, store)
        const handedOver = async () =>
          (
            await dbConnection.raw(
              `SELECT product_id, location_key, quantity, value, source FROM demand_event WHERE kind = 'kiosk_handover' AND ref LIKE ?`,
              [`kiosk_handover:${cartId}:%`]
            )
          ).rows

        const { data } = await api.post("/store/demand/kiosk-handovers", { cart_id: cartId, location_key: "ky-lua" }, store)
        expect(data).toEqual({ recorded: 1 })
        await api.post("/store/demand/kiosk-handovers", { cart_id: cartId, location_key: "ky-lua" }, store)
        const rows = await handedOver()
        expect(rows).toEqual([
          { product_id: ids["vit-quay-hong-xiem"], location_key: "ky-lua", quantity: 2, value: expect.anything(), source: "server" },
        ])
        expect(Number(rows[0].value)).toBeGreaterThan(0)

        const unknown = await failure(api.post("/store/demand/kiosk-handovers", { cart_id: "cart_nope", location_key: "ky-lua" }, store))
        expect(unknown.status).toEqual(404)
        expect(unknown.data.message).toMatch(/^cart_id: /)
        const elsewhere = await failure(api.post("/store/demand/kiosk-handovers", { cart_id: cartId, location_key: "ha-noi" }, store))
        expect(elsewhere.status).toEqual(400)
        expect(elsewhere.data.message).toMatch(/location_key/)
        const extra = await failure(
          api.post("/store/demand/kiosk-handovers", { cart_id: cartId, location_key: "ky-lua", quantity: 99 }, store)
        )
        expect(extra.status).toEqual(400)
        expect(await handedOver()).toHaveLength(1)
      })

      it("accepts a full batch of 500", async () => {
        const before = await countEvents()
        const { data } = await api.post("/store/demand/events", { events: Array.from({ length: 500 }, (_, i) => view(i)) }, store)
        expect(data.recorded).toEqual(500)
        expect(await countEvents()).toEqual(before + 500)
      })

      it("stores nothing when the database refuses one row of a batch", async () => {
        const demand = getContainer().resolve<DemandModuleService>(DEMAND_MODULE)
        const before = await countEvents()
        const rows = [0, 1, 2].map((i) => toEventRow(view(i) as any, "server"))
        rows[2].quantity = 0 // breaks demand_event_quantity_positive
        await expect(demand.recordEvents(rows)).rejects.toThrow()
        expect(await countEvents()).toEqual(before)
      })

      it("needs the publishable key", async () => {
        const res = await failure(api.post("/store/demand/events", { events: [view(1)] }))
        expect(res.status).toEqual(400)
      })
    })

    describe("tourism calendar", () => {
      it("adds market days from the lunar table once, and refuses a taken handle", async () => {
        const body = { location_key: "dong-kinh", name: "Phiên chợ Đông Kinh", from: "2027-01-01", to: "2027-01-31", multiplier: 1.3 }
        const { data } = await api.post("/admin/demand/market-days", body, admin)
        // lunar 12/2026 starts 8 Jan 2027: its 2nd, 7th, … 27th; plus 4 Jan (27th of the 11th month)
        expect(data.events.map((e: any) => e.starts_on)).toEqual([
          "2027-01-04", "2027-01-09", "2027-01-14", "2027-01-19", "2027-01-24", "2027-01-29",
        ])
        const again = await api.post("/admin/demand/market-days", body, admin)
        expect(again.data).toEqual({ events: [], skipped: 6 })
        const taken = await failure(
          api.post("/admin/demand/calendar", { events: [{ ...data.events[0], id: undefined, created_at: undefined, updated_at: undefined, deleted_at: undefined }] }, admin)
        )
        expect(taken.status).toEqual(409)
        expect(taken.data).toEqual({ type: "conflict", message: "Calendar entries already exist: dong-kinh-market-2027-01-04" })
      })
    })

    describe("matching, suggestions, dashboard", () => {
      it("finds the out-of-season persimmon short and its perishable stock unsold", async () => {
        const { data } = await api.get(`/admin/demand/matches?from=${W0}&to=${horizon[3]}&product_id=${ids["hong-khong-hat-bao-lam"]}`, admin)
        const byWeek = Object.fromEntries(data.matches.map((m: any) => [m.week, m]))
        const stock = stockOf("hong-khong-hat-bao-lam")
        expect(byWeek[W0]).toEqual(expect.objectContaining({ demand: 5, supply: stock, status: "surplus", magnitude: stock - 5, phase: "none" }))
        for (const week of horizon.slice(1)) {
          expect(byWeek[week]).toEqual(
            expect.objectContaining({ demand: 5, supply: 0, balance: -5, status: "shortage", magnitude: 5, out_of_season: true })
          )
        }
      })

      it("finds the na harvest next week in surplus", async () => {
        const { data } = await api.get(`/admin/demand/matches?week=${horizon[1]}&product_id=${ids["na-chi-lang"]}`, admin)
        expect(data.matches).toEqual([
          expect.objectContaining({ week: horizon[1], demand: 0, supply: 100, available: 100, status: "surplus", magnitude: 100, phase: "main" }),
        ])
      })

      it("suggests pre-orders, livestreams and a kiosk restock", async () => {
        const { data } = await api.get(`/admin/demand/suggestions?limit=200`, admin)
        const find = (kind: string, handle: string) =>
          data.suggestions.find((s: any) => s.kind === kind && s.product_id === ids[handle])
        expect(find("open_pre_orders", "hong-khong-hat-bao-lam")).toEqual(
          expect.objectContaining({ week: horizon[1], quantity: 5, value_at_stake: 5 * priceOf("hong-khong-hat-bao-lam"), status: "open" })
        )
        expect(find("schedule_livestream", "na-chi-lang")).toEqual(
          expect.objectContaining({ week: W0, quantity: stockOf("na-chi-lang"), product: expect.objectContaining({ handle: "na-chi-lang" }) })
        )
        // Kỳ Lừa holds no duck: it needs the baseline (6 a week) times this week's market-day
        // multiplier (matches keep channel estimates to 0.1 unit).
        const { data: cal } = await api.get(`/admin/demand/calendar?location_key=ky-lua&limit=500`, admin)
        const need = Math.round(6 * weekMultiplier(W0, cal.events, "ky-lua") * 10) / 10
        expect(find("restock_kiosk", "vit-quay-hong-xiem")).toEqual(
          expect.objectContaining({ location_key: "ky-lua", week: W0, quantity: Math.ceil(need) })
        )
      })

      it("keeps a dismissed suggestion dismissed on the next run", async () => {
        const { data } = await api.get(`/admin/demand/suggestions?kind=open_pre_orders&product_id=${ids["hong-khong-hat-bao-lam"]}`, admin)
        const [suggestion] = data.suggestions
        await api.post(`/admin/demand/suggestions/${suggestion.id}`, { status: "dismissed" }, admin)
        await api.post("/admin/demand/matches/compute", {}, admin)
        const { data: after } = await api.get(`/admin/demand/suggestions?status=dismissed`, admin)
        expect(after.suggestions.map((s: any) => s.id)).toEqual([suggestion.id])
      })

      it("draws the dashboard from the rollup and exports the matches as CSV", async () => {
        const { data } = await api.get("/admin/demand/dashboard?weeks=6", admin)
        const persimmon = data.supply_demand.find((s: any) => s.product_id === ids["hong-khong-hat-bao-lam"])
        expect(persimmon.points.find((p: any) => p.week === history[0])).toEqual(expect.objectContaining({ realized: 5 }))
        expect(persimmon.points.find((p: any) => p.week === horizon[1])).toEqual(expect.objectContaining({ status: "shortage", demand: 5 }))
        const kyLua = data.top_products_by_location.find((k: any) => k.location_key === "ky-lua")
        expect(kyLua.products[0]).toEqual(expect.objectContaining({ product_id: ids["vit-quay-hong-xiem"], handovers: 24, rank: 1 }))
        expect(kyLua.name).toEqual("Quầy OCOP Chợ đêm Kỳ Lừa")
        expect(data.programme.certified.total).toBeGreaterThan(0)
        expect(data.signals.some((s: any) => s.kind === "order" && s.week === history[0] && s.units === 5)).toBe(true)

        const csv = await api.get(`/admin/demand/export.csv?from=${W0}&to=${horizon[3]}`, admin)
        expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
        const lines = (csv.data as string).replace(/^\uFEFF/, "").trim().split("\r\n")
        expect(lines[0]).toMatch(/^week,product_id,product_title,status,magnitude,demand/)
        expect(lines).toContainEqual(expect.stringContaining(`${horizon[1]},${ids["hong-khong-hat-bao-lam"]},Hồng không hạt Bảo Lâm,shortage,5,5,`))
      })

      it("counts signals by source: sent by clients or recorded by the server", async () => {
        const at = new Date().toISOString()
        await api.post(
          "/store/demand/events",
          { events: [{ kind: "cart_add", occurred_at: at, product_id: ids["na-chi-lang"], quantity: 3 }] },
          store
        )
        await api.post("/admin/demand/matches/compute", {}, admin)
        const { data } = await api.get("/admin/demand/dashboard?weeks=6", admin)
        const none = { events: 0, units: 0 }
        expect(data.signals.find((s: any) => s.kind === "order" && s.week === history[0])).toEqual(
          expect.objectContaining({ events: 1, units: 5, by_source: { store: none, server: { events: 1, units: 5 }, demo: none } })
        )
        expect(data.signals.find((s: any) => s.kind === "cart_add" && s.week === W0)).toEqual(
          expect.objectContaining({ events: 1, units: 3, by_source: { store: { events: 1, units: 3 }, server: none, demo: none } })
        )
        // 4 weeks of 5 persimmons ordered and 6 ducks handed over, all server-recorded
        expect(data.signals_by_source).toEqual({ store: { events: 1, units: 3 }, server: { events: 8, units: 44 }, demo: none })
      })

      it("shows a producer only its own products", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [producer] } = await query.graph({
          entity: "ocop_producer",
          fields: ["id", "provenances.product_id"],
          filters: { handle: "nha-vuon-hong-bao-lam" },
        })
        const own = new Set((producer as any).provenances.map((p: any) => p.product_id))
        expect(own.has(ids["hong-khong-hat-bao-lam"])).toBe(true)

        const { data: matches } = await api.get(`/admin/demand/matches?producer_id=${producer.id}&limit=500`, admin)
        expect(matches.matches.length).toBeGreaterThan(0)
        expect(matches.matches.every((m: any) => own.has(m.product_id))).toBe(true)

        const { data: dash } = await api.get(`/admin/demand/dashboard?producer_id=${producer.id}`, admin)
        expect(dash.supply_demand.map((s: any) => s.product_id).every((id: string) => own.has(id))).toBe(true)
        expect(dash.top_products_by_location).toEqual([]) // the duck sold at Kỳ Lừa is not theirs
        expect(dash.suggestions.every((s: any) => own.has(s.product_id))).toBe(true)
        expect(dash.programme).toBeNull()

        const { data: all } = await api.get(`/admin/demand/matches?limit=500`, admin)
        expect(all.matches.some((m: any) => !own.has(m.product_id))).toBe(true)
        expect((await failure(api.get(`/admin/demand/matches?producer_id=ocpr_nope`, admin))).status).toEqual(404)
      })
    })
    describe("producer console", () => {
      /** The persimmon grower signed in as a producer, and its own products. */
      async function persimmonGrower() {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: [producer] } = await query.graph({
          entity: "ocop_producer",
          fields: ["id", "provenances.product_id"],
          filters: { handle: "nha-vuon-hong-bao-lam" },
        })
        const email = "grower@bao-lam.test"
        await createProducerAccountWorkflow(getContainer()).run({
          input: { producer_id: producer.id, email, password: "hong-2026" },
        })
        const headers = await producerLogin(api, email, "hong-2026")
        const own = new Set<string>((producer as any).provenances.map((p: any) => p.product_id))
        return { id: producer.id as string, own, headers }
      }

      it("shows a producer its own demand, supply, suggestions and pre-orders, and nobody else's", async () => {
        const grower = await persimmonGrower()
        const other = await api.get("/admin/products?limit=1&handle=vit-quay-hong-xiem", admin)
        await api.post("/admin/demand/pre-orders", { variant_id: (await variantOf("hong-khong-hat-bao-lam")), quantity: 4, payment_mode: "cod" }, admin)
        await api.post("/admin/demand/pre-orders", { variant_id: (await variantOf("na-chi-lang")), quantity: 2, payment_mode: "cod" }, admin)
        expect(other.data.products).toHaveLength(1)

        expect((await failure(api.get("/producer/demand/dashboard"))).status).toEqual(401)
        // producer_id is not theirs to choose: refused, naming the field
        const chosen = await failure(api.get(`/producer/demand/dashboard?producer_id=${other.data.products[0].id}`, grower.headers))
        expect(chosen.status).toEqual(400)
        expect(chosen.data.message).toMatch(/producer_id/)
        const { data: dash } = await api.get("/producer/demand/dashboard?weeks=6", grower.headers)
        expect(dash.scope.producer_id).toEqual(grower.id)
        const persimmon = dash.supply_demand.find((s: any) => s.product_id === ids["hong-khong-hat-bao-lam"])
        expect(persimmon.points.find((p: any) => p.week === horizon[1])).toMatchObject({ status: "shortage", demand: 5 })
        expect(dash.supply_demand.every((s: any) => grower.own.has(s.product_id))).toBe(true)
        expect(dash.top_products_by_location).toEqual([])
        expect(dash.programme).toBeNull()

        const { data: suggestions } = await api.get("/producer/demand/suggestions", grower.headers)
        expect(suggestions.suggestions.length).toBeGreaterThan(0)
        expect(suggestions.suggestions.every((s: any) => grower.own.has(s.product_id))).toBe(true)

        const { data: preOrders } = await api.get("/producer/demand/pre-orders", grower.headers)
        expect(preOrders.pre_orders.map((p: any) => [p.product_id, p.quantity])).toEqual([[ids["hong-khong-hat-bao-lam"], 4]])
        const { data: book } = await api.get("/producer/demand/pre-order-book", grower.headers)
        expect(book.book).toEqual([expect.objectContaining({ product_id: ids["hong-khong-hat-bao-lam"], reserved: 4 })])

        const bad = await failure(api.get("/producer/demand/dashboard?weeks=99", grower.headers))
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toMatch(/weeks/)
      })

      it("lets a producer enter expected volumes for its own products only", async () => {
        const grower = await persimmonGrower()
        const forecast = (product: string, quantity: number) => ({ forecasts: [{ product_id: ids[product], week: horizon[2], quantity }] })

        const foreign = await failure(api.post("/producer/demand/supply/forecasts", forecast("na-chi-lang", 999), grower.headers))
        expect(foreign.status).toEqual(403)
        expect(foreign.data.message).toMatch(/forecasts.product_id/)
        const { data: admins } = await api.get(`/admin/demand/supply?product_id=${ids["na-chi-lang"]}`, admin)
        expect(admins.products[0].weeks.find((w: any) => w.week === horizon[2]).expected_volume).not.toEqual(999)

        await api.post("/producer/demand/supply/forecasts", forecast("hong-khong-hat-bao-lam", 40), grower.headers)
        const { data: supply } = await api.get("/producer/demand/supply", grower.headers)
        expect(supply.products.every((p: any) => grower.own.has(p.product_id))).toBe(true)
        const persimmon = supply.products.find((p: any) => p.product_id === ids["hong-khong-hat-bao-lam"])
        expect(persimmon.weeks.find((w: any) => w.week === horizon[2]).expected_volume).toEqual(40)
      })
    })
  },
})
