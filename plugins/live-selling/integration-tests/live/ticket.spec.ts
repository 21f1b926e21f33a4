import jwt from "jsonwebtoken"
import { signLiveTicket } from "../../src/modules/livestream/lib/live-ticket"
import { ask, closeAll, connect, record, until, type Client } from "./helpers/clients"
import { createTestDb, type TestDb } from "./helpers/db"
import { JWT_SECRET, seedCustomer, seedStream, tokenFor } from "./helpers/fixtures"
import { startGateway } from "./helpers/gateway"

/** A page gives <ocop-live> a 60 s ticket for one stream, never the customer's token. */
describe("live tickets at the gateway", () => {
  let t: TestDb
  let gw: Awaited<ReturnType<typeof startGateway>>
  const sockets: Client[] = []
  const open = async (auth: Record<string, unknown>) => {
    const s = await connect(gw.url, auth)
    sockets.push(s)
    return s
  }
  const ticketFor = (streamId: string, customerId: string, ttl?: number) =>
    signLiveTicket(JWT_SECRET, { streamId, customerId, authIdentityId: `authid_${customerId}` }, ttl).ticket

  beforeAll(async () => {
    t = await createTestDb("ticket")
    gw = await startGateway(t.db)
    seedCustomer("cus_ticket", "Mai", "Lê")
  })

  afterAll(async () => {
    closeAll(sockets)
    await gw?.close()
    await t?.drop()
  })

  it("names the ticket's customer: chat under the name the backend gives for it, asked with that customer's credentials", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_ticket" })
    const viewer = await open({ ticket: ticketFor(streamId, "cus_ticket") })
    await ask(viewer, "join", { streamId })
    const got = record(viewer, ["chat:message"])
    const sent = await ask(viewer, "chat:send", { streamId, text: "Cho tôi 2 cân" })
    expect(sent.error).toBeUndefined()
    await until(() => got.length === 1)
    expect(got[0].data).toMatchObject({ userId: "cus_ticket", name: "Mai Lê" })
  })

  it("joins only the ticket's stream", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_ticket" })
    const another = await seedStream(t.db, { producerId: "prod_ticket" })
    const viewer = await open({ ticket: ticketFor(streamId, "cus_ticket") })
    expect((await ask(viewer, "join", { streamId: another })).error).toMatchObject({ code: "forbidden" })
    expect((await ask(viewer, "join", { streamId })).error).toBeUndefined()
  })

  it("refuses an expired ticket, a Medusa token sent as a ticket and a ticket sent as a token", async () => {
    const streamId = await seedStream(t.db, { producerId: "prod_ticket" })
    const refused = (auth: Record<string, unknown>) => connect(gw.url, auth).then((s) => (s.close(), null), (e) => e.data)
    expect(await refused({ ticket: ticketFor(streamId, "cus_ticket", -1) })).toMatchObject({ code: "unauthorized" })
    expect(await refused({ ticket: tokenFor("customer", "cus_ticket") })).toMatchObject({ code: "unauthorized" })
    expect(await refused({ token: ticketFor(streamId, "cus_ticket") })).toMatchObject({ code: "unauthorized" })
    const forged = jwt.sign({ purpose: "live-socket", stream_id: streamId, actor_type: "customer", actor_id: "cus_ticket", auth_identity_id: "a", aud: "ocop-live-gateway" }, JWT_SECRET, { expiresIn: 60 })
    expect(await refused({ ticket: forged })).toMatchObject({ code: "unauthorized" })
  })
})
