import jwt from "jsonwebtoken"
import { handleOps, LIVE_MEDIA_OPS_SCOPE, type IngestOps } from "../ops"

const SECRET = "test-secret"

/** A request and a response that records what was answered. */
function call(method: string, url: string, token?: string) {
  const req = { method, url, headers: token ? { authorization: `Bearer ${token}` } : {} } as any
  const res = {
    statusCode: 0,
    body: undefined as any,
    setHeader() {},
    end(b: string) {
      this.body = JSON.parse(b)
    },
  }
  return { req, res: res as any }
}

describe("the media server's internal paths", () => {
  const dropped: string[] = []
  const ops: IngestOps = {
    list: () => [{ stream_id: "lstr_1" } as any],
    drop: (id) => (id === "lstr_1" ? (dropped.push(id), true) : false),
  }
  const token = (scope = LIVE_MEDIA_OPS_SCOPE, secret = SECRET) => jwt.sign({ scope }, secret, { algorithm: "HS256", expiresIn: 60 })

  it("leaves other paths to node-media-server", () => {
    const { req, res } = call("GET", "/live/lstr_1.flv")
    expect(handleOps(req, res, SECRET, ops)).toBe(false)
  })

  it("lists and drops ingests for a backend token", () => {
    const list = call("GET", "/internal/ingests", token())
    expect(handleOps(list.req, list.res, SECRET, ops)).toBe(true)
    expect([list.res.statusCode, list.res.body]).toEqual([200, { ingests: [{ stream_id: "lstr_1" }] }])
    const drop = call("POST", "/internal/ingests/lstr_1/drop", token())
    handleOps(drop.req, drop.res, SECRET, ops)
    expect([drop.res.statusCode, drop.res.body]).toEqual([200, { stream_id: "lstr_1", dropped: true }])
    expect(dropped).toEqual(["lstr_1"])
    const none = call("POST", "/internal/ingests/lstr_2/drop", token())
    handleOps(none.req, none.res, SECRET, ops)
    expect(none.res.statusCode).toBe(404)
  })

  it("refuses no token, another scope or another secret (401), and has no internal paths without a secret (404)", () => {
    for (const t of [undefined, token("live-media"), token(LIVE_MEDIA_OPS_SCOPE, "other"), "garbage"]) {
      const { req, res } = call("POST", "/internal/ingests/lstr_1/drop", t)
      expect(handleOps(req, res, SECRET, ops)).toBe(true)
      expect(res.statusCode).toBe(401)
    }
    const off = call("GET", "/internal/ingests", token())
    handleOps(off.req, off.res, undefined, ops)
    expect(off.res.statusCode).toBe(404)
    expect(dropped).toEqual(["lstr_1"])
  })
})
