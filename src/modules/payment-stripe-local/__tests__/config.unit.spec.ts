import { stripeOptionsFromEnv } from "../config"

describe("Stripe options from the environment", () => {
  it("Stripe is registered only with STRIPE_API_KEY, and points elsewhere only with a host", () => {
    expect(stripeOptionsFromEnv({})).toBeNull()
    expect(stripeOptionsFromEnv({ STRIPE_API_KEY: "sk_live_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).toEqual({
      apiKey: "sk_live_x",
      webhookSecret: "whsec_x",
      capture: false,
      host: undefined,
      port: undefined,
      protocol: undefined,
    })
    expect(
      stripeOptionsFromEnv({ STRIPE_API_KEY: "sk_test_x", STRIPE_API_HOST: "127.0.0.1", STRIPE_API_PORT: "12111", STRIPE_API_PROTOCOL: "http" })
    ).toMatchObject({ host: "127.0.0.1", port: 12111, protocol: "http" })
  })
})
