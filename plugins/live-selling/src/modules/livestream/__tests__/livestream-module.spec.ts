import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { join } from "path"
import { LIVESTREAM_MODULE } from ".."
import * as models from "../models"
import type LivestreamModuleService from "../service"

jest.setTimeout(120_000)

moduleIntegrationTestRunner<LivestreamModuleService>({
  moduleName: LIVESTREAM_MODULE,
  moduleModels: Object.values(models),
  resolve: join(__dirname, ".."),
  // Build the schema from the hand-checked migration, as `db:migrate` would.
  pathToMigrations: join(__dirname, "../migrations"),
  testSuite: ({ service }) => {
    describe("livestream module", () => {
      it("stores streams, offers and claims with their relations", async () => {
        const stream = await service.createLiveStreams({
          producer_id: "prod_1",
          title_vi: "Phiên live hồi Lạng Sơn",
          video_kind: "youtube",
          video_url: "https://youtube.com/live/x",
        })
        expect(stream.id).toMatch(/^lstr_/)
        expect(stream).toMatchObject({ status: "scheduled", pinned_product_ids: [], slow_mode_seconds: 0, last_seq: 0 })
        const offer = await service.createLiveOffers({
          stream_id: stream.id,
          variant_id: "variant_1",
          product_id: "prod_x",
          title: "Hồi khô 500 g",
          price: 99_000,
          quantity: 20,
          starts_at: new Date(),
          ends_at: new Date(Date.now() + 60_000),
        })
        expect(offer.id).toMatch(/^loff_/)
        const claim = await service.createLiveClaims({
          offer_id: offer.id,
          stream_id: stream.id,
          customer_key: "cus_1",
          quantity: 2,
          price: 99_000,
          idempotency_key: "key-123456",
          expires_at: new Date(Date.now() + 600_000),
        })
        expect(claim).toMatchObject({ status: "held", quantity: 2 })
        const [withOffers] = await service.listLiveStreams({ id: stream.id }, { relations: ["offers", "offers.claims"] })
        expect(withOffers.offers).toHaveLength(1)
        expect(withOffers.offers[0].claims.map((c) => c.id)).toEqual([claim.id])
      })

      it("enforces the stock and money constraints in the database", async () => {
        const stream = await service.createLiveStreams({ producer_id: "prod_2", title_vi: "Live" })
        const base = {
          stream_id: stream.id, variant_id: "v", product_id: "p", title: "t", price: 1000, quantity: 5,
          starts_at: new Date(), ends_at: new Date(Date.now() + 60_000),
        }
        await expect(service.createLiveOffers({ ...base, quantity: 0 })).rejects.toThrow()
        await expect(service.createLiveOffers({ ...base, price: -1 })).rejects.toThrow()
        await expect(service.createLiveOffers({ ...base, claimed: 6 })).rejects.toThrow()
        await expect(service.createLiveOffers({ ...base, ends_at: base.starts_at })).rejects.toThrow()
        const ok = await service.createLiveOffers(base)
        const claim = { offer_id: ok.id, stream_id: stream.id, customer_key: "c", quantity: 1, price: 1000,
          idempotency_key: "same-key-1", expires_at: new Date() }
        await service.createLiveClaims(claim)
        await expect(service.createLiveClaims(claim)).rejects.toThrow()
      })

      it("keeps at most one active identity verification per seller, and only 4 characters of the ID", async () => {
        const base = {
          seller_id: "seller_1", legal_name: "Nguyễn Văn A", id_number_last4: "6789", id_number_hash: "ab".repeat(32),
          method: "vneid_level_2" as const, verified_at: new Date(), verified_by: "user_1",
        }
        const first = await service.createLiveSellerVerifications(base)
        expect(first.id).toMatch(/^lsvf_/)
        await expect(service.createLiveSellerVerifications(base)).rejects.toThrow()
        await expect(service.createLiveSellerVerifications({ ...base, seller_id: "seller_2", id_number_last4: "123456789" })).rejects.toThrow()
        await expect(service.createLiveSellerVerifications({ ...base, seller_id: "seller_2", method: "selfie" as any })).rejects.toThrow()
        await service.updateLiveSellerVerifications({ id: first.id, revoked_at: new Date(), revoked_by: "user_1", revoke_reason: "lost" })
        const second = await service.createLiveSellerVerifications(base)
        const active = await service.listLiveSellerVerifications({ seller_id: "seller_1", revoked_at: null })
        expect(active.map((v) => v.id)).toEqual([second.id])
      })
    })
  },
})
