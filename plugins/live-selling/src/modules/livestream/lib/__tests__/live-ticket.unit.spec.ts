import jwt from "jsonwebtoken"
import { customerCallerToken, signLiveTicket, verifyLiveTicket } from "../live-ticket"

const SECRET = "test-secret-for-tickets"
const claims = { streamId: "lstr_1", customerId: "cus_1", authIdentityId: "authid_1" }

describe("live tickets", () => {
  it("carry one customer and one stream for 60 s", () => {
    const { ticket, expiresAt } = signLiveTicket(SECRET, claims)
    expect(verifyLiveTicket(SECRET, ticket)).toEqual(claims)
    const { exp, iat } = jwt.decode(ticket) as any
    expect(exp - iat).toEqual(60)
    expect(Math.abs(expiresAt.getTime() - exp * 1000)).toBeLessThan(1500)
  })

  it("are refused when expired, tampered with, or signed with another secret", () => {
    const expired = jwt.sign({ ...jwt.decode(signLiveTicket(SECRET, claims).ticket) as object, exp: Math.floor(Date.now() / 1000) - 1 }, "x")
    expect(verifyLiveTicket(SECRET, expired)).toBeNull()
    expect(verifyLiveTicket(SECRET, signLiveTicket(SECRET, claims, -1).ticket)).toBeNull()
    expect(verifyLiveTicket("another-secret", signLiveTicket(SECRET, claims).ticket)).toBeNull()
    const [h, , s] = signLiveTicket(SECRET, claims).ticket.split(".")
    const forged = Buffer.from(JSON.stringify({ purpose: "live-socket", stream_id: "lstr_2", actor_type: "customer", actor_id: "cus_2", auth_identity_id: "a", aud: "ocop-live-gateway", exp: 9e9 })).toString("base64url")
    expect(verifyLiveTicket(SECRET, `${h}.${forged}.${s}`)).toBeNull()
  })

  it("are not Medusa tokens, and a Medusa token is not a ticket", () => {
    const { ticket } = signLiveTicket(SECRET, claims)
    expect(() => jwt.verify(ticket, SECRET)).toThrow()
    const medusaToken = jwt.sign({ actor_id: "cus_1", actor_type: "customer", auth_identity_id: "authid_1" }, SECRET, { expiresIn: 60 })
    expect(verifyLiveTicket(SECRET, medusaToken)).toBeNull()
    expect(verifyLiveTicket(SECRET, customerCallerToken(SECRET, claims))).toBeNull()
  })

  it("give the gateway a Medusa-shaped customer token for its own calls", () => {
    const p = jwt.verify(customerCallerToken(SECRET, claims), SECRET) as any
    expect(p).toMatchObject({ actor_id: "cus_1", actor_type: "customer", auth_identity_id: "authid_1", app_metadata: { customer_id: "cus_1" } })
  })
})
