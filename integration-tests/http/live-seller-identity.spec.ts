import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Pool } from "pg"
import { closeLiveContexts } from "@ocop-live/live-selling/live/live-context"
import { failure, liveShop, producerLogin, testPool, type Headers, type LiveShop } from "./live-fixtures"

jest.setTimeout(300 * 1000)

// A 12-digit citizen ID (CCCD) typed by an admin; only "6789" and a hash may be kept.
const ID_NUMBER = "001 088 456 789"

/**
 * Issue #15 (E-commerce Law 2025): a stream goes live only when its seller's
 * identity is verified; admins record and revoke verifications; buyers see
 * who sells on a stream.
 */
// The runner restores the database after each test: each test starts from the seeded shop.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    let shop: LiveShop
    let congSon: { id: string; name: string }
    let congSonLogin: Headers
    let db: Pool

    const schedule = async () => {
      const { data } = await api.post(
        "/admin/live/streams",
        { producer_id: congSon.id, title: "Rượu men lá Công Sơn", scheduled_at: new Date(Date.now() + 3600_000).toISOString() },
        shop.admin
      )
      return data.stream.id as string
    }

    beforeAll(async () => {
      shop = await liveShop(api, getContainer())
      const { data } = await api.get("/admin/ocop/producers", { ...shop.admin, params: { q: "Công Sơn", limit: 5 } })
      congSon = data.producers.find((p: any) => p.handle === "htx-cong-son")
      await api.post(
        "/admin/live/producer-accounts",
        { producer_id: congSon.id, email: "congson@ocop-langson.local", password: "cong-son-ruou-2026" },
        shop.admin
      )
      congSonLogin = await producerLogin(api, "congson@ocop-langson.local", "cong-son-ruou-2026")
      db = testPool(dbConfig.clientUrl)
    })

    afterAll(async () => {
      await db?.end()
      await closeLiveContexts()
    })

    it("the seeded demo producer is verified and its stream goes live", async () => {
      const { data } = await api.get("/admin/live/sellers", { ...shop.admin, params: { q: "Đồng Bành" } })
      expect(data.sellers).toEqual([
        expect.objectContaining({
          name: expect.stringContaining("Đồng Bành"),
          verification: expect.objectContaining({ method: "vneid_level_2", verified_by: "seed", revoked_at: null }),
        }),
      ])
      const { data: started } = await api.post(`/producer/streams/${shop.demoStreamId}/start`, {}, shop.producer)
      expect(started.stream.status).toEqual("live")
      const { data: store } = await api.get(`/store/live/streams/${shop.demoStreamId}`, shop.store)
      expect(store.stream.seller).toEqual({
        id: data.sellers[0].id,
        legal_name: "HTX Dịch vụ và Sản xuất nông nghiệp Đồng Bành",
        registration_number: null,
        address: "xã Chi Lăng",
        verification: { method: "vneid_level_2", verified_at: expect.any(String) },
      })
    })

    it("refuses an unverified seller's go-live (400 not_allowed) and changes nothing", async () => {
      const streamId = await schedule()
      for (const [path, headers] of [
        [`/admin/live/streams/${streamId}/start`, shop.admin],
        [`/producer/streams/${streamId}/start`, congSonLogin],
      ] as const) {
        const res = await failure(api.post(path, {}, headers))
        expect({ status: res.status, type: res.data.type }).toEqual({ status: 400, type: "not_allowed" })
        expect(res.data.message).toEqual(
          `producer_id: seller ${congSon.id} has no verified identity (e-ID); an admin must record one before the stream can go live`
        )
      }
      const row = (await db.query("SELECT status, started_at, last_seq FROM live_stream WHERE id = $1", [streamId])).rows[0]
      expect(row).toEqual({ status: "scheduled", started_at: null, last_seq: 0 })
      const { data } = await api.get(`/store/live/streams/${streamId}`, shop.store)
      expect(data.stream.seller).toMatchObject({ id: congSon.id, legal_name: congSon.name, verification: null })
    })

    it("validates a verification with 400 naming the field, for admins only", async () => {
      const url = `/admin/live/sellers/${congSon.id}/verification`
      const valid = { legal_name: "Nguyễn Văn A", id_number: ID_NUMBER, method: "vneid_level_2" }
      for (const [body, field] of [
        [{ ...valid, legal_name: undefined }, /legal_name/],
        [{ ...valid, id_number: "12-34" }, /id_number/],
        [{ ...valid, method: "selfie" }, /method/],
        [{ ...valid, verified_at: "yesterday" }, /verified_at/],
        [{ ...valid, verified_at: new Date(Date.now() + 86400_000).toISOString() }, /verified_at/],
        [{ ...valid, id_number_full: "001088456789" }, /id_number_full/],
      ] as const) {
        const res = await failure(api.post(url, body, shop.admin))
        expect({ status: res.status, field: res.data.message }).toEqual({ status: 400, field: expect.stringMatching(field) })
      }
      expect((await failure(api.post(url, valid))).status).toEqual(401)
      expect((await failure(api.post(url, valid, congSonLogin))).status).toEqual(401)
      expect((await failure(api.post(`/admin/live/sellers/ocpr_nope/verification`, valid, shop.admin))).status).toEqual(404)
      const { rows } = await db.query("SELECT count(*)::int AS n FROM live_seller_verification WHERE seller_id = $1", [congSon.id])
      expect(rows[0].n).toEqual(0)
    })

    it("records a verification (last 4 digits and a hash only), then the stream goes live and shows who sells", async () => {
      await api.post(`/admin/ocop/producers/${congSon.id}`, { registration_number: "4900123456" }, shop.admin)
      const streamId = await schedule()
      const { data: me } = await api.get("/admin/users/me", shop.admin)
      const { data } = await api.post(
        `/admin/live/sellers/${congSon.id}/verification`,
        { legal_name: "Nguyễn Văn A", id_number: ID_NUMBER, method: "vneid_level_2", verified_at: "2026-06-30T09:00:00+07:00" },
        shop.admin
      )
      expect(data.verification).toEqual({
        id: expect.stringMatching(/^lsvf_/),
        seller_id: congSon.id,
        legal_name: "Nguyễn Văn A",
        id_number_last4: "6789",
        method: "vneid_level_2",
        verified_at: "2026-06-30T02:00:00.000Z",
        verified_by: me.user.id,
        note: null,
        revoked_at: null,
        revoked_by: null,
        revoke_reason: null,
        created_at: expect.any(String),
      })
      const { rows } = await db.query("SELECT * FROM live_seller_verification WHERE seller_id = $1", [congSon.id])
      expect(rows).toHaveLength(1)
      expect(rows[0].id_number_hash).toMatch(/^[0-9a-f]{64}$/)
      expect(JSON.stringify(rows)).not.toMatch(/001088456789|088456789/)

      const { data: started } = await api.post(`/producer/streams/${streamId}/start`, {}, congSonLogin)
      expect(started.stream.status).toEqual("live")

      const { data: store } = await api.get(`/store/live/streams/${streamId}`, shop.store)
      expect(store.stream.producer).toEqual({ id: congSon.id, name: congSon.name })
      expect(store.stream.seller).toEqual({
        id: congSon.id,
        legal_name: congSon.name,
        registration_number: "4900123456",
        address: expect.any(String),
        verification: { method: "vneid_level_2", verified_at: "2026-06-30T02:00:00.000Z" },
      })
      expect(JSON.stringify(store)).not.toMatch(/6789|Nguyễn Văn A/)
      const { data: list } = await api.get("/store/live/streams?status=live", shop.store)
      expect(list.streams.find((s: any) => s.id === streamId).seller.registration_number).toEqual("4900123456")
    })

    it("revokes a verification: the seller's next stream cannot go live", async () => {
      const url = `/admin/live/sellers/${congSon.id}/verification`
      expect((await failure(api.post(`${url}/revoke`, { reason: "none yet" }, shop.admin))).status).toEqual(404)
      await api.post(url, { legal_name: "Nguyễn Văn A", id_number: ID_NUMBER, method: "vneid_level_2" }, shop.admin)
      expect((await failure(api.post(`${url}/revoke`, {}, shop.admin))).data.message).toMatch(/reason/)
      const { data } = await api.post(`${url}/revoke`, { reason: "ID card reported lost" }, shop.admin)
      expect(data.verification).toMatchObject({ revoke_reason: "ID card reported lost", revoked_at: expect.any(String) })
      expect((await failure(api.post(`${url}/revoke`, { reason: "again" }, shop.admin))).status).toEqual(404)

      const streamId = await schedule()
      const res = await failure(api.post(`/admin/live/streams/${streamId}/start`, {}, shop.admin))
      expect({ status: res.status, message: res.data.message }).toEqual({ status: 400, message: expect.stringMatching(/no verified identity/) })

      const { data: history } = await api.get(url, shop.admin)
      expect(history.verification).toBeNull()
      expect(history.history).toHaveLength(1)

      // a level-1 e-ID is recorded but is not enough to go live
      await api.post(url, { legal_name: "Nguyễn Văn A", id_number: ID_NUMBER, method: "vneid_level_1" }, shop.admin)
      const weak = await failure(api.post(`/admin/live/streams/${streamId}/start`, {}, shop.admin))
      expect(weak.data.message).toMatch(/verified by vneid_level_1 only/)
      // a new verification supersedes the active one
      await api.post(url, { legal_name: "Nguyễn Văn A", id_number: ID_NUMBER, method: "in_person" }, shop.admin)
      const { data: after } = await api.get(url, shop.admin)
      expect(after.verification).toMatchObject({ method: "in_person" })
      expect(after.history.map((v: any) => [v.method, v.revoke_reason])).toEqual([
        ["in_person", null],
        ["vneid_level_1", "superseded by a new verification"],
        ["vneid_level_2", "ID card reported lost"],
      ])
      expect((await api.post(`/admin/live/streams/${streamId}/start`, {}, shop.admin)).data.stream.status).toEqual("live")
    })
  },
})
