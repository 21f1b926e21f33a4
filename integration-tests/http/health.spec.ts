import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    describe("GET /health", () => {
      it("answers 200 OK", async () => {
        const response = await api.get("/health")
        expect(response.status).toEqual(200)
        expect(response.data).toEqual("OK")
      })
    })
  },
})
