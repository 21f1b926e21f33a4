import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import expireOcopCertificationsJob, { config as jobConfig } from "@ocop-live/ocop/jobs/expire-ocop-certifications"
import { OcopEvents } from "@ocop-live/ocop/modules/ocop/events"
import { expireCertificationsWorkflow } from "@ocop-live/ocop/workflows/ocop/expire-certifications"
import { adminLogin } from "../helpers/harness"
import { seedStore } from "../helpers/seeded-store"

jest.setTimeout(300 * 1000)

type Headers = { headers: Record<string, string> }

/** A YYYY-MM-DD date `months` months and `days` days before today (UTC). */
function daysAgo(months: number, days = 0) {
  const d = new Date()
  d.setUTCMonth(d.getUTCMonth() - months)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let storeHeaders: Headers
    let admin: Headers

    beforeAll(async () => {
      const seeded = await seedStore(getContainer())
      storeHeaders = seeded.storeHeaders
      admin = await adminLogin(api, seeded.seed.admin!)
    })

    const productId = async (handle: string) =>
      (await dbConnection.raw("SELECT id FROM product WHERE handle = ?", [handle])).rows[0].id as string
    const count = async (table: string) =>
      (await dbConnection.raw(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number
    const activeId = async (handle: string) =>
      (
        await dbConnection.raw(
          "SELECT id FROM ocop_certification WHERE product_id = ? AND status = 'active' AND deleted_at IS NULL",
          [await productId(handle)]
        )
      ).rows[0]?.id as string
    const detail = async (handle: string) =>
      (await api.get(`/store/ocop/products/${handle}`, storeHeaders)).data.product
    const badged = async () =>
      (await api.get("/store/ocop/products?ocop_only=true&limit=100", storeHeaders)).data.products.map(
        (p: any) => p.handle
      )
    const fail = (promise: Promise<unknown>) => promise.then(() => ({ status: 200, data: {} }) as any, (e: any) => e.response)

    it("refuses every admin OCOP route without a token (401)", async () => {
      const calls: [string, string][] = [
        ["get", "/admin/ocop/certifications"],
        ["post", "/admin/ocop/certifications"],
        ["post", "/admin/ocop/certifications/ocert_x/upgrade"],
        ["post", "/admin/ocop/certifications/ocert_x/revoke"],
        ["get", "/admin/ocop/expiring-certifications"],
        ["get", "/admin/ocop/producers"],
        ["post", "/admin/ocop/marks"],
        ["delete", "/admin/ocop/standards/ocstd_x"],
        ["get", "/admin/ocop/products/prod_x"],
        ["post", "/admin/ocop/products/prod_x/provenance"],
      ]
      for (const [method, url] of calls) {
        const res = await fail((api as any)[method](url, method === "post" ? {} : undefined))
        expect([method, url, res.status]).toEqual([method, url, 401])
      }
    })

    it("creates a certification with derived stars and refuses bad input without writing", async () => {
      const product_id = await productId("hat-de-tuoi-cao-loc")
      const valid = { product_id, score_a: 30, score_b: 20, score_c: 22.5, group: "food", decided_at: "2026-03-02" }
      const bad: [Record<string, unknown>, number, RegExp][] = [
        [{ score_a: 41 }, 400, /score_a/],
        [{ score_c: -1 }, 400, /score_c/],
        [{ score_total: 80 }, 400, /score_total/],
        [{ score_a: 38, score_b: 24, score_c: 30, issuing_level: "provincial" }, 400, /issuing_level/],
        [{ score_a: 15, score_b: 15, score_c: 15 }, 400, /score_total.*only 3★ and above/],
        [{ stars: 5 }, 400, /stars/],
        [{ group: "textiles" }, 400, /group/],
        [{ decided_at: "2099-01-01" }, 400, /decided_at/],
        [{ decided_at: "yesterday" }, 400, /decided_at/],
        [{ product_id: "prod_does_not_exist" }, 400, /product_id/],
        [{ producer_id: "ocpr_does_not_exist" }, 400, /producer_id/],
      ]
      const before = await count("ocop_certification")
      for (const [change, status, message] of bad) {
        const res = await fail(api.post("/admin/ocop/certifications", { ...valid, ...change }, admin))
        expect([change, res.status]).toEqual([change, status])
        expect(res.data.message).toMatch(message)
      }
      expect(await count("ocop_certification")).toEqual(before)

      const { status, data } = await api.post("/admin/ocop/certifications", valid, admin)
      expect(status).toEqual(201)
      expect(data.certification).toMatchObject({
        product_id,
        stars: 4,
        score_total: 72.5,
        status: "active",
        badge: true,
        valid_until: "2029-03-02T00:00:00.000Z",
        issuing_level: "provincial",
        issuing_body: "UBND tỉnh Lạng Sơn",
        issuing_body_inferred: true,
        product: expect.objectContaining({ handle: "hat-de-tuoi-cao-loc" }),
      })
      expect(await count("ocop_certification")).toEqual(before + 1)

      // a second active certificate for the product is a conflict
      const again = await fail(api.post("/admin/ocop/certifications", valid, admin))
      expect(again.status).toEqual(409)
      expect(await count("ocop_certification")).toEqual(before + 1)
      expect(await badged()).toContain("hat-de-tuoi-cao-loc")
    })

    it("upgrades 3★ to 4★, keeping the 3★ record as superseded history", async () => {
      const product_id = await productId("hat-de-tuoi-cao-loc")
      const { data: created } = await api.post(
        "/admin/ocop/certifications",
        { product_id, score_a: 25, score_b: 15, score_c: 20, group: "food", decided_at: "2026-01-10" },
        admin
      )
      expect(created.certification.stars).toEqual(3)
      const id = created.certification.id

      const before = await count("ocop_certification")
      const lower = await fail(
        api.post(`/admin/ocop/certifications/${id}/upgrade`, { score_a: 25, score_b: 15, score_c: 25, decided_at: "2026-09-01" }, admin)
      )
      expect(lower.status).toEqual(400)
      expect(lower.data.message).toMatch(/score_total.*not more than the current 3★/)
      expect(await count("ocop_certification")).toEqual(before)
      expect((await detail("hat-de-tuoi-cao-loc")).ocop).toMatchObject({ stars: 3, status: "active" })

      const { status, data } = await api.post(
        `/admin/ocop/certifications/${id}/upgrade`,
        { score_a: 32, score_b: 20, score_c: 26, decided_at: "2026-09-01", decision_number: "123/QĐ-UBND" },
        admin
      )
      expect(status).toEqual(201)
      expect(data.certification).toMatchObject({ stars: 4, status: "active", supersedes_id: id, group: "food" })
      expect(data.superseded).toMatchObject({ id, stars: 3, status: "superseded", superseded_by_id: data.certification.id })

      const page = await detail("hat-de-tuoi-cao-loc")
      expect(page.ocop).toMatchObject({ stars: 4, status: "active", decision_number: "123/QĐ-UBND" })
      expect(page.certifications.map((c: any) => [c.stars, c.status, c.decided_at.slice(0, 10)])).toEqual([
        [4, "active", "2026-09-01"],
        [3, "superseded", "2026-01-10"],
        [3, "expired", "2022-07-01"],
      ])
      const fourStar = await api.get("/store/ocop/products?min_stars=4&limit=100", storeHeaders)
      expect(fourStar.data.products.map((p: any) => p.handle)).toContain("hat-de-tuoi-cao-loc")

      // history cannot be upgraded again
      const stale = await fail(
        api.post(`/admin/ocop/certifications/${id}/upgrade`, { score_a: 38, score_b: 24, score_c: 30, decided_at: "2026-10-01", issuing_level: "central" }, admin)
      )
      expect(stale.status).toEqual(400)
    })

    it("corrects a record but refuses a correction that changes the stars", async () => {
      const id = await activeId("ruou-men-la-cong-son")
      const { data } = await api.post(`/admin/ocop/certifications/${id}`, { certificate_number: "LS-OCOP-0042", score_a: 31 }, admin)
      expect(data.certification).toMatchObject({ certificate_number: "LS-OCOP-0042", score_a: 31, score_total: 76, stars: 4, illustrative_scores: false })
      const res = await fail(api.post(`/admin/ocop/certifications/${id}`, { score_a: 20, score_b: 15, score_c: 20 }, admin))
      expect(res.status).toEqual(400)
      expect(res.data.message).toMatch(/score_total.*upgrade/)
      expect((await api.get(`/admin/ocop/certifications/${id}`, admin)).data.certification.score_total).toEqual(76)
    })

    it("revokes a certification: the badge goes, the product stays on sale", async () => {
      const id = await activeId("ruou-men-la-cong-son")
      expect(await badged()).toContain("ruou-men-la-cong-son")
      const { data } = await api.post(`/admin/ocop/certifications/${id}/revoke`, { reason: "Không đánh giá lại" }, admin)
      expect(data.certification).toMatchObject({ status: "revoked", revocation_reason: "Không đánh giá lại", badge: false })
      expect(await badged()).not.toContain("ruou-men-la-cong-son")
      expect((await detail("ruou-men-la-cong-son")).ocop).toMatchObject({ status: "revoked", badge: false })
      const { data: stock } = await api.get("/store/products?handle=ruou-men-la-cong-son", storeHeaders)
      expect(stock.products).toHaveLength(1)
      expect((await fail(api.post(`/admin/ocop/certifications/${id}/revoke`, { reason: "again" }, admin))).status).toEqual(400)
      expect((await fail(api.post(`/admin/ocop/certifications/${id}/revoke`, {}, admin))).data.message).toMatch(/reason/)
    })

    it("expires due certificates at a controlled time, emits the event, and the badge disappears", async () => {
      const events: any[] = []
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      bus.subscribe(OcopEvents.CERTIFICATION_EXPIRED, async (event: any) => {
        events.push(event)
      })
      const id = await activeId("ruou-men-la-cong-son") // valid until 2027-01-18
      expect(await badged()).toContain("ruou-men-la-cong-son")

      const { result: none } = await expireCertificationsWorkflow(getContainer()).run({ input: { now: "2027-01-18T23:00:00Z" } })
      expect(none.map((c) => c.id)).not.toContain(id)

      const { result } = await expireCertificationsWorkflow(getContainer()).run({ input: { now: "2027-01-19T00:00:00Z" } })
      expect(result.map((c) => c.id)).toContain(id)
      const { rows } = await dbConnection.raw("SELECT status, expired_at FROM ocop_certification WHERE id = ?", [id])
      expect(rows[0].status).toEqual("expired")
      expect(await badged()).not.toContain("ruou-men-la-cong-son")
      expect((await detail("ruou-men-la-cong-son")).ocop).toMatchObject({ status: "expired", badge: false })

      for (let i = 0; i < 50 && !events.length; i++) await new Promise((r) => setTimeout(r, 100))
      expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ ids: expect.arrayContaining([id]) })])
    })

    it("the daily job stores expiry for a certificate whose date has passed (already unbadged on read)", async () => {
      expect(jobConfig.schedule).toEqual("0 1 * * *")
      const product_id = await productId("thach-chu-hanh")
      const { data } = await api.post(
        "/admin/ocop/certifications",
        { product_id, score_a: 25, score_b: 15, score_c: 20, group: "food", decided_at: daysAgo(36, 2) },
        admin
      )
      expect(data.certification).toMatchObject({ status: "active", effective_status: "expired", badge: false })
      expect((await detail("thach-chu-hanh")).ocop).toMatchObject({ status: "expired", badge: false })
      expect(await badged()).not.toContain("thach-chu-hanh")

      await expireOcopCertificationsJob(getContainer())
      const { rows } = await dbConnection.raw("SELECT status FROM ocop_certification WHERE id = ?", [data.certification.id])
      expect(rows[0].status).toEqual("expired")
    })

    it("lists certifications expiring within N days (default 90)", async () => {
      const product_id = await productId("thach-chu-hanh")
      const { data } = await api.post(
        "/admin/ocop/certifications",
        { product_id, score_a: 25, score_b: 15, score_c: 20, group: "food", decided_at: daysAgo(36, -30) },
        admin
      )
      const { data: soon } = await api.get("/admin/ocop/expiring-certifications", admin)
      expect(soon.days).toEqual(90)
      expect(soon.certifications.map((c: any) => c.id)).toContain(data.certification.id)
      expect(soon.certifications.every((c: any) => new Date(c.valid_until) < new Date(soon.until))).toBe(true)
      const { data: week } = await api.get("/admin/ocop/expiring-certifications?days=7", admin)
      expect(week.certifications.map((c: any) => c.id)).not.toContain(data.certification.id)
      expect((await fail(api.get("/admin/ocop/expiring-certifications?days=0", admin))).status).toEqual(400)
      const { data: stats } = await api.get("/store/ocop/stats", storeHeaders)
      expect(stats.expiring_within_90_days).toBeGreaterThanOrEqual(1)
    })

    it("manages marks, planting areas, standards and a product's provenance", async () => {
      const { data: mark } = await api.post(
        "/admin/ocop/marks",
        { kind: "collective_mark", name: "Thạch đen Tràng Định", registry_number: "4-0999999", holder: "Hội Nông dân huyện Tràng Định" },
        admin
      )
      expect(mark.mark).toMatchObject({ handle: "collective-mark-thach-den-trang-dinh", kind: "collective_mark" })
      const { data: area } = await api.post(
        "/admin/ocop/planting-areas",
        { code: "VN-LSOR-0201", area_ha: 12.5, location: "Tràng Định", crop: "Thạch đen" },
        admin
      )
      const { data: standard } = await api.post(
        "/admin/ocop/standards",
        { kind: "vietgap", certificate_number: "VG-LS-0001", issuer: "Trung tâm chứng nhận", valid_until: "2027-12-31", scope: "Thạch đen" },
        admin
      )
      const product = await productId("thach-den-dang-bot")

      const pivots = async () => (await count("ocop_provenance_mark")) + (await count("ocop_provenance_standard"))
      const before = await pivots()
      const bad = await fail(
        api.post(`/admin/ocop/products/${product}/provenance`, { mark_ids: [mark.mark.id, "ocmk_nope"] }, admin)
      )
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toMatch(/mark_ids/)
      const badMonth = await fail(api.post(`/admin/ocop/products/${product}/provenance`, { season_months: [13] }, admin))
      expect(badMonth.status).toEqual(400)
      expect(badMonth.data.message).toMatch(/season_months/)
      expect(await pivots()).toEqual(before)

      const { data } = await api.post(
        `/admin/ocop/products/${product}/provenance`,
        {
          mark_ids: [mark.mark.id],
          planting_area_ids: [area.planting_area.id],
          standard_ids: [standard.standard.id],
          traceability_url: "https://example.org/trace/thach-den",
        },
        admin
      )
      expect(data.provenance.marks.map((m: any) => m.id)).toEqual([mark.mark.id])
      expect(data.provenance.producer).toBeTruthy() // kept from the seed

      // the mark filters (and badges) the product once its producer's right to use it is recorded
      const unrecorded = await api.get("/store/ocop/products?mark=4-0999999&standard=vietgap", storeHeaders)
      expect(unrecorded.data.products).toEqual([])
      await api.post(
        "/admin/ocop/mark-use-rights",
        { mark_id: mark.mark.id, producer_id: data.provenance.producer.id, granted_by: "Hội sản xuất thạch đen", granted_at: "2025-01-01" },
        admin
      )
      const found = await api.get("/store/ocop/products?mark=4-0999999&standard=vietgap", storeHeaders)
      expect(found.data.products.map((p: any) => p.handle)).toEqual(["thach-den-dang-bot"])
      const page = await detail("thach-den-dang-bot")
      expect(page.planting_areas).toEqual([expect.objectContaining({ code: "VN-LSOR-0201", area_ha: 12.5 })])
      expect(page.standards).toEqual([expect.objectContaining({ certificate_number: "VG-LS-0001" })])
      expect(page.traceability_url).toEqual("https://example.org/trace/thach-den")

      const { data: withProducts } = await api.get(`/admin/ocop/marks/${mark.mark.id}`, admin)
      expect(withProducts.mark.provenances.map((p: any) => p.product.title)).toEqual(["Thạch đen dạng bột"])

      await api.delete(`/admin/ocop/marks/${mark.mark.id}`, admin)
      const gone = await api.get("/store/ocop/products?mark=4-0999999", storeHeaders)
      expect(gone.data.products).toEqual([])
      expect((await detail("thach-den-dang-bot")).marks).toEqual([])
    })

    it("manages producers", async () => {
      const bad = await fail(api.post("/admin/ocop/producers", { name: "HTX Mới", type: "farm" }, admin))
      expect(bad.status).toEqual(400)
      expect(bad.data.message).toMatch(/type/)
      const { status, data } = await api.post(
        "/admin/ocop/producers",
        { name: "HTX Nông nghiệp Tân Thành", type: "cooperative", commune: "xã Tân Thành", district: "Hữu Lũng", story_vi: "Câu chuyện" },
        admin
      )
      expect(status).toEqual(201)
      expect(data.producer).toMatchObject({ handle: "htx-nong-nghiep-tan-thanh", type: "cooperative" })
      const { data: updated } = await api.post(`/admin/ocop/producers/${data.producer.id}`, { phone: "0205 3 123 456" }, admin)
      expect(updated.producer.phone).toEqual("0205 3 123 456")
      const { data: found } = await api.get("/admin/ocop/producers?q=T%C3%A2n%20Th%C3%A0nh", admin)
      expect(found.producers.map((p: any) => p.id)).toContain(data.producer.id)
      const { data: seeded } = await api.get("/admin/ocop/producers?kind=cooperative&limit=200", admin)
      expect(seeded.count).toBeGreaterThanOrEqual(11)
      await api.delete(`/admin/ocop/producers/${data.producer.id}`, admin)
      expect((await fail(api.get(`/admin/ocop/producers/${data.producer.id}`, admin))).status).toEqual(404)
    })

    it("records a producer's right to use a GI, and only then does the product show its badge (issue 15)", async () => {
      const gi = (p: any) => p.marks.find((m: any) => m.registry_number === "00140")
      const { rows: [ids] } = await dbConnection.raw(
        `SELECT m.id AS mark_id, pv.producer_id FROM ocop_product_provenance pv
         JOIN ocop_provenance_mark pm ON pm.provenance_id = pv.id
         JOIN ocop_mark m ON m.id = pm.mark_id AND m.registry_number = '00140'
         WHERE pv.product_id = ?`,
        [await productId("na-dai-dong-mo")]
      )
      // the seed records no right: the product is said to be covered, without a badge
      expect(gi(await detail("na-dai-dong-mo"))).toMatchObject({ badge: false, use_right: null })

      const right = { ...ids, granted_by: "Sở Nông nghiệp và Môi trường Lạng Sơn", granted_at: "2025-03-01", certificate_number: "TEST-01" }
      const before = await count("ocop_mark_use_right")
      for (const [body, field] of [
        [{ ...right, mark_id: "ocmk_missing" }, /mark_id/],
        [{ ...right, producer_id: "ocpr_missing" }, /producer_id/],
        [{ ...right, valid_until: "2024-01-01" }, /valid_until/],
        [{ ...right, granted_at: "01/03/2025" }, /granted_at/],
        [{ ...right, granted_by: undefined }, /granted_by/],
      ] as const) {
        const bad = await fail(api.post("/admin/ocop/mark-use-rights", body, admin))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(field)])
      }
      expect(await count("ocop_mark_use_right")).toEqual(before)

      const { status, data } = await api.post("/admin/ocop/mark-use-rights", right, admin)
      expect(status).toEqual(201)
      expect(data.mark_use_right).toMatchObject({ certificate_number: "TEST-01", mark: { registry_number: "00140" } })
      expect(gi(await detail("na-dai-dong-mo"))).toMatchObject({
        badge: true,
        use_right: { certificate_number: "TEST-01", granted_by: right.granted_by, granted_at: "2025-03-01T00:00:00.000Z" },
      })
      // withdrawn: the badge goes
      await api.post(`/admin/ocop/mark-use-rights/${data.mark_use_right.id}`, { revoked_at: "2025-12-01" }, admin)
      expect(gi(await detail("na-dai-dong-mo"))).toMatchObject({ badge: false })
    })

    it("gives the dashboard a product's OCOP data", async () => {
      const id = await productId("na-chi-lang")
      const { data } = await api.get(`/admin/ocop/products/${id}`, admin)
      expect(data.current).toMatchObject({ stars: 4, group: "food" })
      expect(data.certifications).toHaveLength(2)
      expect(data.provenance.marks.map((m: any) => m.registry_number)).toContain("00140")
      expect(data.provenance.planting_areas.map((a: any) => a.code)).toEqual(["VN-LSOR-0001"])
    })
  },
})
