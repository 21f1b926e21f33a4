import Medusa from "@medusajs/js-sdk"

/** The dashboard's client: same origin as the admin, session (cookie) auth. */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
