/**
 * Shares and visits through a shared link (issue #17) as demand signals:
 * `share` (channel native|zalo|facebook|copy) and `referral_visit` (once per
 * visitor session), sent with the publishable key, validated field by field,
 * and shown to the producer whose product was shared.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isoWeekOf } from "@ocop-live/ocop/modules/demand/lib"
import { createProducerAccountWorkflow } from "@ocop-live/live-selling/workflows/live/create-producer-account"
import { failure } from "../helpers/failure"
import { adminLogin, producerLogin } from "../helpers/harness"
import { seedStore } from "../helpers/seeded-store"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let persimmon: string

    const rows = async () =>
      (
        await dbConnection.raw(
          `SELECT kind, product_id, stream_id, channel, referral_code, session_id, source FROM demand_event
            WHERE kind IN ('share', 'referral_visit') ORDER BY id`
        )
      ).rows
    const countAll = async () => (await dbConnection.raw(`SELECT count(*)::int AS n FROM demand_event`)).rows[0].n as number
    const now = () => new Date().toISOString()
    const share = (channel: string, extra: Record<string, unknown> = {}) => ({
      kind: "share",
      occurred_at: now(),
      product_id: persimmon,
      channel,
      referral_code: "Ab3dE6gH",
      session_id: "sharer_session_1",
      ...extra,
    })
    const visit = (session: string, extra: Record<string, unknown> = {}) => ({
      kind: "referral_visit",
      occurred_at: now(),
      product_id: persimmon,
      referral_code: "Ab3dE6gH",
      session_id: session,
      ...extra,
    })
    const send = (events: unknown[]) => api.post("/store/demand/events", { events }, store)

    beforeAll(async () => {
      const { seed, storeHeaders } = await seedStore(getContainer())
      store = storeHeaders
      admin = await adminLogin(api, seed.admin!)
      const { data: products } = await api.get("/admin/products?handle=hong-khong-hat-bao-lam&fields=id", admin)
      persimmon = products.products[0].id
    })

    it("records shares on every channel, with the sharer's code", async () => {
      const { data } = await send(["native", "zalo", "facebook", "copy"].map((c) => share(c)))
      expect(data).toEqual({ recorded: 4 })
      expect(await rows()).toEqual(
        ["native", "zalo", "facebook", "copy"].map((channel) => ({
          kind: "share",
          product_id: persimmon,
          stream_id: null,
          channel,
          referral_code: "Ab3dE6gH",
          session_id: "sharer_session_1",
          source: "store",
        }))
      )
    })

    it("counts a visit through a shared link once per visitor session, whatever the reloads", async () => {
      await send([visit("visitor_session_1")])
      await send([visit("visitor_session_1")]) // a reload, or the same batch sent again
      await send([visit("visitor_session_2"), visit("visitor_session_2")])
      await send([visit("visitor_session_2", { product_id: undefined, stream_id: "lstr_demo" })]) // another page
      const visits = (await rows()).filter((r: any) => r.kind === "referral_visit")
      expect(visits.map((v: any) => [v.session_id, v.product_id, v.stream_id])).toEqual([
        ["visitor_session_1", persimmon, null],
        ["visitor_session_2", persimmon, null],
        ["visitor_session_2", null, "lstr_demo"],
      ])
      expect(visits.every((v: any) => v.referral_code === "Ab3dE6gH" && v.channel === null)).toBe(true)
    })

    it("refuses a bad share or visit, naming the field, and stores nothing of the batch", async () => {
      const before = await countAll()
      const refused = async (events: unknown[]) => {
        const res = await failure(send(events))
        expect(res.status).toEqual(400)
        expect(res.data.type).toEqual("invalid_data")
        return res.data.message as string
      }
      expect(await refused([share("copy"), share("instagram")])).toMatch(/^Invalid demand events: events\[1\]\.channel: expected one of native, zalo, facebook, copy/)
      expect(await refused([share("zalo", { referral_code: "ab c" })])).toMatch(/events\[0\]\.referral_code: expected a referral code/)
      expect(await refused([share("zalo", { referral_code: "nguyen.van.a@gmail.com" })])).toMatch(/events\[0\]\.referral_code/)
      expect(await refused([share("zalo", { channel: undefined })])).toEqual('Invalid demand events: events[0].channel: required for kind "share"')
      expect(await refused([share("zalo", { referral_code: undefined })])).toEqual('Invalid demand events: events[0].referral_code: required for kind "share"')
      expect(await refused([share("zalo", { product_id: undefined })])).toMatch(/events\[0\]\.product_id: required for kind "share" \(or stream_id\)/)
      expect(await refused([visit("visitor_session_3", { session_id: undefined })])).toEqual(
        'Invalid demand events: events[0].session_id: required for kind "referral_visit"'
      )
      expect(await refused([visit("visitor_session_3", { channel: "zalo" })])).toEqual('Invalid demand events: events[0].channel: not accepted for kind "referral_visit"')
      expect(
        await refused([{ kind: "product_view", occurred_at: now(), product_id: persimmon, referral_code: "Ab3dE6gH" }])
      ).toEqual('Invalid demand events: events[0].referral_code: not accepted for kind "product_view"')
      expect(await refused([share("copy", { email: "a@b.vn" })])).toEqual('Invalid demand events: events[0]: unknown field "email"')
      expect(await countAll()).toEqual(before)
    })

    it("shows the shares and the visits they brought to the producer of the product", async () => {
      await send([share("zalo"), share("copy"), visit("visitor_session_1"), visit("visitor_session_1")])
      await api.post("/admin/demand/matches/compute", {}, admin) // refreshes the weekly rollup
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [producer] } = await query.graph({ entity: "ocop_producer", fields: ["id"], filters: { handle: "nha-vuon-hong-bao-lam" } })
      const email = "grower@bao-lam.test"
      await createProducerAccountWorkflow(getContainer()).run({ input: { producer_id: producer.id, email, password: "hong-2026" } })
      const { data: dash } = await api.get("/producer/demand/dashboard?weeks=2", await producerLogin(api, email, "hong-2026"))
      const week = isoWeekOf(new Date())
      expect(dash.signals.find((s: any) => s.kind === "share" && s.week === week)).toEqual(expect.objectContaining({ events: 2 }))
      expect(dash.signals.find((s: any) => s.kind === "referral_visit" && s.week === week)).toEqual(expect.objectContaining({ events: 1 }))
    })
  },
})
