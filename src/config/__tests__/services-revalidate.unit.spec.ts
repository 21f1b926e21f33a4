// the plain-Node list of `npm start`'s processes (scripts/lib/services.js)
const { services } = require("../../../scripts/lib/services")

const medusaEnv = (env: Record<string, string>) => services(env).find((s: any) => s.name === "medusa").env

describe("npm start: Medusa is told where the storefront's revalidation route is", () => {
  it("points at the storefront it starts, on loopback", () => {
    expect(medusaEnv({ PORT: "9100", STOREFRONT_PORT: "8100" }).STOREFRONT_REVALIDATE_URL).toEqual("http://127.0.0.1:8100/api/revalidate")
    expect(medusaEnv({}).STOREFRONT_REVALIDATE_URL).toEqual("http://127.0.0.1:8000/api/revalidate")
  })

  it("keeps an operator's URL, and names none without a storefront", () => {
    expect(medusaEnv({ STOREFRONT_REVALIDATE_URL: "https://shop.example/api/revalidate" }).STOREFRONT_REVALIDATE_URL).toBeUndefined()
    expect(medusaEnv({ STOREFRONT: "off" }).STOREFRONT_REVALIDATE_URL).toBeUndefined()
  })

  it("still gives Medusa the storefront's origins for CORS", () => {
    expect(medusaEnv({ STOREFRONT_PORT: "8100" }).STORE_CORS).toContain("http://localhost:8100")
    expect(medusaEnv({ STORE_CORS: "https://shop.example" }).STORE_CORS).toBeUndefined()
  })
})
