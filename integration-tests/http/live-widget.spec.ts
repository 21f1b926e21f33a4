import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(120 * 1000)

/**
 * The live-selling plugin serves its built `<ocop-live>` element (and the
 * hls.js it loads on demand) as static scripts: no publishable key, a
 * JavaScript content type, an ETag to revalidate against.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api }) => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      api.get(path, { responseType: "text", transformResponse: (d: unknown) => d, validateStatus: () => true, headers })

    describe("GET /live/ocop-live.js", () => {
      it("answers the built custom element without a publishable key", async () => {
        const res = await get("/live/ocop-live.js")
        expect(res.status).toEqual(200)
        expect(res.headers["content-type"]).toMatch(/^application\/javascript/)
        expect(res.headers["cache-control"]).toMatch(/max-age=\d+/)
        expect(res.headers["etag"]).toMatch(/^"[^"]+"$/)
        expect(res.data).toContain('customElements.define("ocop-live"')
      })

      it("answers 304 to a matching If-None-Match", async () => {
        const first = await get("/live/ocop-live.js")
        const again = await get("/live/ocop-live.js", { "If-None-Match": first.headers["etag"] })
        expect(again.status).toEqual(304)
        expect(again.headers["etag"]).toEqual(first.headers["etag"])
      })

      it("serves hls.js beside it, and nothing else", async () => {
        const hls = await get("/live/hls.light.min.js")
        expect(hls.status).toEqual(200)
        expect(hls.headers["content-type"]).toMatch(/^application\/javascript/)
        expect(String(hls.data).length).toBeGreaterThan(1000)
        expect((await get("/live/package.json")).status).toEqual(404)
        expect((await get("/live/..%2Fpackage.json")).status).toEqual(404)
      })
    })
  },
})
