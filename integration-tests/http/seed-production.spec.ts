import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { LIVESTREAM_MODULE } from "@ocop-live/live-selling/modules/livestream"
import type LivestreamModuleService from "@ocop-live/live-selling/modules/livestream/service"
import { seedLangSon } from "../../src/scripts/seed/index"

jest.setTimeout(300 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("the seed with NODE_ENV=production", () => {
      it("creates no demo account: no admin user, no login at all", async () => {
        const container = getContainer()
        const seed = await seedLangSon(container, () => {}, { NODE_ENV: "production" })
        expect(seed.admin).toBeNull()
        expect(seed.producer).toBeNull()
        expect(seed.productsCreated).toBeGreaterThanOrEqual(40)
        expect(await container.resolve(Modules.USER).listUsers()).toEqual([])
        expect(await container.resolve(Modules.AUTH).listProviderIdentities({})).toEqual([])
        // and no demo identity verification: no stream can go live before an admin records a real one
        expect(await container.resolve<LivestreamModuleService>(LIVESTREAM_MODULE).listLiveSellerVerifications()).toEqual([])
        for (const [actor, email, password] of [
          ["user", "admin@ocop-langson.local", "ocop-admin-2026"],
          ["producer", "producer@ocop-langson.local", "ocop-producer-2026"],
        ]) {
          const status = await api.post(`/auth/${actor}/emailpass`, { email, password }).then(
            (r) => r.status,
            (e) => e.response?.status
          )
          expect({ actor, status }).toEqual({ actor, status: 401 })
        }
      })
    })
  },
})
