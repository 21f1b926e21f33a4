import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createCertificationWorkflow } from "@ocop-live/ocop/workflows/ocop/create-certification"
import { setProductProvenanceWorkflow } from "@ocop-live/ocop/workflows/ocop/set-product-provenance"
import { updateOcopRecordWorkflow } from "@ocop-live/ocop/workflows/ocop/records/workflows"
import { seedStore } from "../helpers/seeded-store"
import {
  badgeStars,
  byHandle,
  CATALOGUE,
  districtOf,
  facetsBy,
  facetValues,
  GROUP_KEYS,
  grantEveryMarkRight,
  handles,
  Item,
  lowestPrice,
  MARK_KIND_KEYS,
  markKinds,
  producerOf,
  registryNumbers,
  STANDARD_KEYS,
  standardKinds,
  STAR_KEYS,
  tally,
  validUntil,
  vietnamMonth,
} from "./ocop-fixtures"

jest.setTimeout(300 * 1000)

const fold = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d").toLowerCase()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      ;({ storeHeaders } = await seedStore(getContainer()))
      await grantEveryMarkRight(getContainer())
    })

    const list = async (params: string) =>
      (await api.get(`/store/ocop/products?limit=100&${params}`, storeHeaders)).data
    const listHandles = async (params: string) => (await list(params)).products.map((p: any) => p.handle).sort()
    const productId = async (handle: string) =>
      (await dbConnection.raw("SELECT id FROM product WHERE handle = ?", [handle])).rows[0].id

    describe("GET /store/ocop/products", () => {
      it("min_stars=4&mark_kind=geographical_indication returns exactly the 4★ GI products, with facets", async () => {
        const isGi = (i: Item) => markKinds(i).includes("geographical_indication")
        const reevaluated = new Set<string>()
        const expectFor = async () => {
          const now = new Date()
          const starsOf = (i: Item) => (reevaluated.has(i.handle) ? 4 : badgeStars(i, now))
          const values = facetsBy(starsOf)
          const fourStar = (i: Item) => (starsOf(i) ?? 0) >= 4
          const both = CATALOGUE.filter((i) => fourStar(i) && isGi(i))
          const data = await list("min_stars=4&mark_kind=geographical_indication")
          expect(handles(data.products)).toEqual(handles(both))
          expect(data.count).toEqual(both.length)
          // each facet is counted without its own filter
          expect(data.facets.stars).toEqual(tally(CATALOGUE.filter(isGi), values.stars, STAR_KEYS))
          expect(data.facets.mark_kind).toEqual(tally(CATALOGUE.filter(fourStar), values.mark_kind, MARK_KIND_KEYS))
          expect(data.facets.group).toEqual(tally(both, values.group, GROUP_KEYS))
          expect(data.facets.district).toEqual(tally(both, values.district))
          expect(data.facets.standard).toEqual(tally(both, values.standard, STANDARD_KEYS))
          return data
        }
        // the seeded GI products' certificates (2020-2022) are past their 36 months today
        await expectFor()

        // the Đồng Mỏ custard apple (GI 00140) is re-evaluated 4★ in 2026
        await createCertificationWorkflow(getContainer()).run({
          input: {
            product_id: await productId("na-dai-dong-mo"),
            score_a: 30,
            score_b: 20,
            score_c: 25,
            group: "food",
            decided_at: "2026-06-01",
          },
        })
        reevaluated.add("na-dai-dong-mo")
        const data = await expectFor()
        expect(data.products.map((p: any) => p.handle)).toEqual(["na-dai-dong-mo"])
        const [card] = data.products
        expect(card.ocop).toMatchObject({
          stars: 4,
          status: "active",
          badge: true,
          score_total: 75,
          illustrative_scores: false,
          valid_until: "2029-06-01T00:00:00.000Z",
          issuing_body: "UBND tỉnh Lạng Sơn",
        })
        expect(card.marks).toEqual([
          expect.objectContaining({ kind: "geographical_indication", registry_number: "00140" }),
        ])
        expect(card.planting_areas).toEqual([expect.objectContaining({ code: "VN-LSOR-0002" })])
        expect(card.producer).toMatchObject({ district: "Chi Lăng", type: "household_business" })
        expect(card.variants[0].calculated_price).toMatchObject({
          currency_code: "vnd",
          calculated_amount: byHandle("na-dai-dong-mo").variants[0].price,
        })
      })

      it("applies every filter as the catalogue data says", async () => {
        const now = new Date()
        const month = vietnamMonth(now)
        const gi00140 = CATALOGUE.filter((i) => registryNumbers(i).includes("00140"))
        const producer = producerOf(byHandle("mac-ca-say-nut-vo"))
        const { rows } = await dbConnection.raw("SELECT id FROM ocop_producer WHERE handle = ?", [producer.key])
        const { rows: marks } = await dbConnection.raw("SELECT id FROM ocop_mark WHERE handle = 'col-quyt-vang-bac-son'")
        const cases: [string, Item[]][] = [
          ["min_stars=3", CATALOGUE.filter((i) => badgeStars(i, now) !== null)],
          ["min_stars=4", CATALOGUE.filter((i) => (badgeStars(i, now) ?? 0) >= 4)],
          ["stars=3", CATALOGUE.filter((i) => badgeStars(i, now) === 3)],
          ["stars=3,4", CATALOGUE.filter((i) => [3, 4].includes(badgeStars(i, now) ?? 0))],
          ["ocop_only=true", CATALOGUE.filter((i) => badgeStars(i, now) !== null)],
          ["group=beverage", CATALOGUE.filter((i) => i.ocop?.group === "beverage")],
          ["group=herbal,tourism", CATALOGUE.filter((i) => ["herbal", "tourism"].includes(i.ocop?.group ?? ""))],
          ["mark_kind=collective_mark", CATALOGUE.filter((i) => markKinds(i).includes("collective_mark"))],
          ["mark=00140", gi00140],
          [`mark=${marks[0].id}`, CATALOGUE.filter((i) => i.marks.includes("col-quyt-vang-bac-son"))],
          [`district=${encodeURIComponent("Chi Lăng")}`, CATALOGUE.filter((i) => districtOf(i) === "Chi Lăng")],
          [`district=${encodeURIComponent("huyện Văn Quan")}`, CATALOGUE.filter((i) => districtOf(i) === "Văn Quan")],
          [`commune=${encodeURIComponent("Hữu Lũng")}`, CATALOGUE.filter((i) => producerOf(i).commune === "xã Hữu Lũng")],
          ["standard=vietgap", CATALOGUE.filter((i) => standardKinds(i).includes("vietgap"))],
          ["standard=organic", CATALOGUE.filter((i) => standardKinds(i).includes("organic"))],
          [`producer_id=${rows[0].id}`, CATALOGUE.filter((i) => i.producer === producer.key)],
          ["in_season=true", CATALOGUE.filter((i) => i.season?.months.includes(month))],
          [`q=${encodeURIComponent("mat ong")}`, CATALOGUE.filter((i) => fold(`${i.title} ${i.subtitle}`).includes("mat ong"))],
          ["in_season=true&ocop_only=true&group=food", CATALOGUE.filter(
            (i) => i.season?.months.includes(month) && badgeStars(i, now) !== null && i.ocop?.group === "food"
          )],
        ]
        for (const [params, expected] of cases) {
          expect([params, await listHandles(params)]).toEqual([params, handles(expected)])
        }
        expect(gi00140.length).toBeGreaterThanOrEqual(3)
        // no filter: the whole catalogue
        expect((await list("")).count).toEqual(CATALOGUE.length)
      })

      it("counts the facets of the whole catalogue and of a narrowed query", async () => {
        const all = await list("")
        expect(all.facets).toEqual({
          stars: tally(CATALOGUE, facetValues.stars, STAR_KEYS),
          group: tally(CATALOGUE, facetValues.group, GROUP_KEYS),
          mark_kind: tally(CATALOGUE, facetValues.mark_kind, MARK_KIND_KEYS),
          district: tally(CATALOGUE, facetValues.district),
          standard: tally(CATALOGUE, facetValues.standard, STANDARD_KEYS),
        })
        const chiLang = (i: Item) => districtOf(i) === "Chi Lăng"
        const food = (i: Item) => i.ocop?.group === "food"
        const narrowed = await list(`district=${encodeURIComponent("Chi Lăng")}&group=food`)
        expect(narrowed.facets.district).toEqual(tally(CATALOGUE.filter(food), facetValues.district))
        expect(narrowed.facets.group).toEqual(tally(CATALOGUE.filter(chiLang), facetValues.group, GROUP_KEYS))
        expect(narrowed.facets.stars).toEqual(
          tally(CATALOGUE.filter((i) => chiLang(i) && food(i)), facetValues.stars, STAR_KEYS)
        )
      })

      it("orders by stars, price, title and creation, and pages consistently", async () => {
        const now = new Date()
        const { data: stock } = await api.get("/store/products?limit=100&fields=id,handle,created_at", storeHeaders)
        const created = new Map(stock.products.map((p: any) => [p.handle, new Date(p.created_at).getTime()]))
        const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true })
        const key: Record<string, (i: Item) => number | string | null> = {
          stars: (i) => badgeStars(i, now),
          price: lowestPrice,
          title: (i) => i.title,
          created_at: (i) => created.get(i.handle) as number,
        }
        for (const order of ["stars", "-stars", "price", "-price", "title", "-title", "created_at", "-created_at"]) {
          const field = order.replace("-", "")
          const sign = order.startsWith("-") ? -1 : 1
          const values = (await list(`order=${order}`)).products.map((p: any) => key[field](byHandle(p.handle)))
          const present = values.filter((v: unknown) => v !== null)
          // nulls (no badge) last, the rest in order
          expect(values.slice(present.length).every((v: unknown) => v === null)).toBe(true)
          for (let n = 1; n < present.length; n++) {
            const c = typeof present[n] === "string" ? collator.compare(present[n - 1], present[n]) : present[n - 1] - present[n]
            expect([order, n, sign * c <= 0]).toEqual([order, n, true])
          }
        }
        const whole = (await list("order=-stars")).products.map((p: any) => p.handle)
        const pages: string[] = []
        for (let offset = 0; offset < whole.length; offset += 7) {
          const { data } = await api.get(`/store/ocop/products?order=-stars&limit=7&offset=${offset}`, storeHeaders)
          expect(data).toMatchObject({ count: CATALOGUE.length, limit: 7, offset })
          pages.push(...data.products.map((p: any) => p.handle))
        }
        expect(pages).toEqual(whole)
      })

      it("refuses bad input with 400 naming the field", async () => {
        const bad: [string, RegExp][] = [
          ["min_stars=6", /min_stars/],
          ["min_stars=abc", /min_stars/],
          ["stars=2", /stars/],
          ["group=textiles", /group/],
          ["mark_kind=trademark", /mark_kind/],
          ["standard=iso", /standard/],
          ["order=random", /order/],
          ["limit=0", /limit/],
          ["limit=101", /limit/],
          ["offset=-1", /offset/],
          ["in_season=yes", /in_season/],
          ["ocop_only=1", /ocop_only/],
          ["colour=red", /colour/],
        ]
        for (const [params, field] of bad) {
          const err = await api.get(`/store/ocop/products?${params}`, storeHeaders).catch((e: any) => e.response)
          expect([params, err.status, err.data.type]).toEqual([params, 400, "invalid_data"])
          expect(err.data.message).toMatch(field)
        }
        const region = await api.get("/store/ocop/products?region_id=reg_nope", storeHeaders).catch((e: any) => e.response)
        expect(region.status).toEqual(400)
        expect(region.data.message).toMatch(/region_id/)
      })

      it("needs a publishable key and shows only products of its sales channels", async () => {
        expect((await api.get("/store/ocop/products").catch((e: any) => e.response)).status).toEqual(400)
        const { result } = await createProductsWorkflow(getContainer()).run({
          input: { products: [{ title: "Na ngoài kênh bán", handle: "na-ngoai-kenh", status: "published", options: [{ title: "Quy cách", values: ["1 kg"] }] }] },
        })
        await setProductProvenanceWorkflow(getContainer()).run({
          input: { product_id: result[0].id, season_months: [8] },
        })
        expect((await list("q=ngoai")).products).toEqual([])
        const detail = await api.get("/store/ocop/products/na-ngoai-kenh", storeHeaders).catch((e: any) => e.response)
        expect(detail.status).toEqual(404)

        // a draft in the key's channels is not listed either
        const { rows: channels } = await dbConnection.raw("SELECT id FROM sales_channel WHERE name = 'Online store'")
        const { result: drafts } = await createProductsWorkflow(getContainer()).run({
          input: { products: [{ title: "Na bản nháp", handle: "na-ban-nhap", status: "draft", sales_channels: [{ id: channels[0].id }], options: [{ title: "Quy cách", values: ["1 kg"] }] }] },
        })
        await createCertificationWorkflow(getContainer()).run({
          input: { product_id: drafts[0].id, score_a: 30, score_b: 20, score_c: 25, group: "food", decided_at: "2026-06-01" },
        })
        const all = await list("")
        expect(all.count).toEqual(CATALOGUE.length)
        expect(all.products.map((p: any) => p.handle)).not.toContain("na-ban-nhap")
        expect((await list("q=nhap")).products).toEqual([])
      })
    })

    describe("GET /store/ocop/products/:handle", () => {
      it("shows Na Chi Lăng's GI 00140, planting-area code, validity and history", async () => {
        const item = byHandle("na-chi-lang")
        const { data } = await api.get("/store/ocop/products/na-chi-lang", storeHeaders)
        const p = data.product
        const expired = badgeStars(item) === null
        expect(p.ocop).toMatchObject({
          stars: 4,
          status: expired ? "expired" : "active",
          badge: !expired,
          group: "food",
          valid_until: validUntil(item)!.toISOString(),
          decided_at_approximate: true,
          illustrative_scores: true,
        })
        expect(p.marks).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ kind: "geographical_indication", registry_number: "00140", decision: "560/QĐ-SHTT, 22/06/2024" }),
            expect.objectContaining({ kind: "certification_mark", name: "Na Chi Lăng" }),
          ])
        )
        expect(p.planting_areas).toEqual([expect.objectContaining({ code: "VN-LSOR-0001", illustrative: true })])
        expect(p.standards).toEqual([expect.objectContaining({ kind: "vietgap" })])
        expect(p.producer).toMatchObject({ name: producerOf(item).name, story: producerOf(item).story_vi })
        expect(p.traceability_url).toMatch(/00140/)
        expect(p.certifications.map((c: any) => [c.stars, c.status])).toEqual([
          [4, expired ? "expired" : "active"],
          [3, "superseded"],
        ])
        expect(p.certifications[1].superseded_by_id).toEqual(p.certifications[0].id)
      })

      it("shows a GI's badge only while the producer's right to use it is recorded (issue 15)", async () => {
        const gi = (p: any) => p.marks.find((m: any) => m.registry_number === "00140")
        const { rows: [right] } = await dbConnection.raw(
          `SELECT r.id FROM ocop_mark_use_right r
           JOIN ocop_mark m ON m.id = r.mark_id AND m.registry_number = '00140'
           JOIN ocop_producer pr ON pr.id = r.producer_id AND pr.handle = ?`,
          [producerOf(byHandle("na-chi-lang")).key]
        )
        const before = (await api.get("/store/ocop/products/na-chi-lang", storeHeaders)).data.product
        expect(gi(before)).toMatchObject({ badge: true, use_right: expect.objectContaining({ granted_at: "2024-07-01T00:00:00.000Z" }) })
        expect(await listHandles("mark=00140")).toContain("na-chi-lang")

        // the right is withdrawn (as an operator records it: POST /admin/ocop/mark-use-rights/:id)
        const revoke = (revoked_at: Date | null) =>
          updateOcopRecordWorkflow(getContainer()).run({ input: { entity: "mark_use_right", id: right.id, data: { revoked_at } } })
        await revoke(new Date(Date.now() - 24 * 60 * 60 * 1000))
        try {
          const after = (await api.get("/store/ocop/products/na-chi-lang", storeHeaders)).data.product
          expect(gi(after)).toMatchObject({ badge: false })
          expect(await listHandles("mark=00140")).not.toContain("na-chi-lang")
          const card = (await list("q=na%20chi%20lang")).products.find((p: any) => p.handle === "na-chi-lang")
          expect(gi(card)).toMatchObject({ badge: false })
        } finally {
          await revoke(null)
        }
      })

      it("shows an active certificate with its validity (Rượu men lá Công Sơn, 4★ 18/01/2024)", async () => {
        const { data } = await api.get("/store/ocop/products/ruou-men-la-cong-son", storeHeaders)
        expect(data.product.ocop).toMatchObject({
          stars: 4,
          status: "active",
          badge: true,
          decided_at: "2024-01-18T00:00:00.000Z",
          decided_at_approximate: false,
          valid_until: "2027-01-18T00:00:00.000Z",
          issuing_body: "UBND tỉnh Lạng Sơn",
        })
        expect(data.product.certifications.map((c: any) => [c.stars, c.status])).toEqual([
          [4, "active"],
          [3, "superseded"],
        ])
        expect(data.product.producer).toMatchObject({ phone: "0961.114.845" })
      })

      it("answers 404 for an unknown handle", async () => {
        const err = await api.get("/store/ocop/products/khong-co", storeHeaders).catch((e: any) => e.response)
        expect(err.status).toEqual(404)
      })
    })

    describe("GET /store/ocop/stats", () => {
      it("computes the programme figures from the data", async () => {
        const now = new Date()
        const certified = CATALOGUE.filter((i) => badgeStars(i, now) !== null)
        const soon = now.getTime() + 90 * 24 * 3600 * 1000
        const { data } = await api.get("/store/ocop/stats", storeHeaders)
        expect(data).toMatchObject({
          certified: {
            total: certified.length,
            by_stars: tally(certified, facetValues.stars, STAR_KEYS),
            by_group: tally(certified, facetValues.group, GROUP_KEYS),
          },
          ip_protected: CATALOGUE.filter((i) => i.marks.length > 0).length,
          producers: new Set(certified.map((i) => i.producer)).size,
          expiring_within_90_days: certified.filter((i) => validUntil(i)!.getTime() < soon).length,
        })
        expect(data.certified.total).toBeGreaterThan(0)
        expect(data.ip_protected).toBeGreaterThanOrEqual(8)
      })
    })
  },
})
