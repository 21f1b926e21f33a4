import fs from "fs"
import os from "os"
import path from "path"
import { fetchToken } from "../helpers/harness"
import { exited, freePort, processesMentioning, spawnUntil, waitUntil } from "./process-helpers"

jest.setTimeout(600 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
const READY = /is running \(ready in ([\d.]+) s\)[\s\S]*Publishable key:\s+(pk_[0-9a-f]+)/

describe("npm start on the embedded default (no DATABASE_URL)", () => {
  let dataDir: string
  let env: NodeJS.ProcessEnv
  let port: number

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-start-"))
    // mkdtemp makes the folder private (0700); as root the start must still let the postgres user reach it
    port = await freePort()
    env = {
      OCOP_DATA_DIR: dataDir,
      PORT: String(port),
      PG_PORT: String(await freePort()),
      DATABASE_URL: "",
      REDIS_URL: "",
      LIVE_GATEWAY: "off",
      // the media server runs (RTMP ingest, HTTP-FLV and HLS), on free ports
      OCOP_LIVE_INGEST: "",
      OCOP_LIVE_RTMP_PORT: String(await freePort()),
      OCOP_LIVE_MEDIA_PORT: String(await freePort()),
      OCOP_LIVE_RTMP_URL: "",
      OCOP_LIVE_MEDIA_URL: "",
      STOREFRONT: "off",
      NODE_ENV: "",
      LOG_LEVEL: "error",
      NODE_OPTIONS: "",
      // nothing set: the first start generates the secrets and the demo passwords
      JWT_SECRET: "",
      COOKIE_SECRET: "",
      ADMIN_PASSWORD: "",
      PRODUCER_PASSWORD: "",
    }
  })

  afterAll(() => {
    for (const pid of [...processesMentioning(dataDir), ...processesMentioning(`--port ${port}`)]) {
      try { process.kill(pid, "SIGKILL") } catch {}
    }
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  const start = () =>
    spawnUntil([path.join(ROOT, "scripts", "start.js")], READY, { env, cwd: ROOT, timeoutMs: 560000 }) // a first production start may build the admin (minutes on 2 loaded cores)

  async function storeProducts(key: string) {
    const res = await fetch(`http://localhost:${port}/store/products?limit=1`, {
      headers: { "x-publishable-api-key": key },
    })
    expect(res.status).toEqual(200)
    return (await res.json()) as { count: number }
  }

  async function login(actor: "user" | "producer", email: string, password: string) {
    const res = await fetch(`http://localhost:${port}/auth/${actor}/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
    return res.status
  }

  const cmdline = (pid: number) => fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  const environ = (pid: number) =>
    Object.fromEntries(
      fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])
    )

  /** The dashboard's login: a token, then a cookie session, then a cookie-only request. */
  async function adminSession(email: string, password: string) {
    const token = await fetchToken(`http://localhost:${port}`, "user", { email, password })
    const res = await fetch(`http://localhost:${port}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
    const setCookie = res.headers.get("set-cookie") || ""
    const cookie = setCookie.split(";")[0]
    const me = await fetch(`http://localhost:${port}/admin/users/me`, { headers: { cookie } })
    return { setCookie, me: me.status }
  }

  let key: string
  let firstCount: number
  let passwords: { admin: string; producer: string }

  it("first start: migrates, seeds and serves the store API and the admin", async () => {
    const { child, match, output } = await start()
    key = match[2]
    console.info(`first start ready in ${match[1]} s`)
    expect(output()).toMatch(/Running migrations/)
    expect(output()).toMatch(/Seeding the Lạng Sơn catalogue/)
    // the demo passwords: generated now, printed once, kept in secrets.json (0600) with the signing secrets
    const adminLogin = output().match(/Admin login:\s+(\S+@\S+) \/ (\S+) .*generated now/)!
    const producerLogin = output().match(/Producer login:\s+(\S+@\S+) \/ (\S+) .*generated now/)!
    expect(adminLogin).toBeTruthy()
    expect(producerLogin).toBeTruthy()
    passwords = { admin: adminLogin[2], producer: producerLogin[2] }
    expect(output()).not.toMatch(/ocop-admin-2026|ocop-producer-2026|supersecret/)
    const file = path.join(dataDir, "secrets.json")
    expect(fs.statSync(file).mode & 0o777).toEqual(0o600)
    const secrets = JSON.parse(fs.readFileSync(file, "utf8"))
    expect(secrets).toMatchObject({ ADMIN_PASSWORD: adminLogin[2], PRODUCER_PASSWORD: producerLogin[2] })
    expect(secrets.JWT_SECRET).toMatch(/^[\w-]{40,}$/)
    expect(await login("user", adminLogin[1], adminLogin[2])).toEqual(200)
    expect(await login("producer", producerLogin[1], producerLogin[2])).toEqual(200)
    expect(await login("user", adminLogin[1], "ocop-admin-2026")).toEqual(401)
    firstCount = (await storeProducts(key)).count
    expect(firstCount).toBeGreaterThanOrEqual(40)
    // the media server answers, and the banner says where encoders publish
    expect(output()).toContain(`Live ingest (RTMP): rtmp://localhost:${env.OCOP_LIVE_RTMP_PORT}/live`)
    expect((await fetch(`http://127.0.0.1:${env.OCOP_LIVE_MEDIA_PORT}/health`)).status).toEqual(200)
    // Medusa runs in production (npm start's default), as a demo: its own environment says so
    const medusa = processesMentioning(`--port ${port}`).filter((pid) => /medusa.*\bstart\b/.test(cmdline(pid)))
    expect(medusa.length).toBeGreaterThan(0)
    for (const pid of medusa) expect(environ(pid)).toMatchObject({ NODE_ENV: "production", OCOP_DEMO: "1" })
    // so /app is the dashboard's production build: its HTML and its script
    const admin = await fetch(`http://localhost:${port}/app`)
    expect(admin.status).toEqual(200)
    const html = await admin.text()
    expect(html).toMatch(/<html/i)
    const script = html.match(/<script[^>]+src="([^"]+\.js)"/)![1]
    const asset = await fetch(new URL(script, `http://localhost:${port}/app/`))
    expect(asset.status).toEqual(200)
    expect(asset.headers.get("content-type")).toMatch(/javascript/)
    // the admin's cookie session works over plain http on localhost (not Secure, still SameSite=Lax)
    const session = await adminSession(adminLogin[1], adminLogin[2])
    expect(session.setCookie).toMatch(/connect\.sid=/)
    expect(session.setCookie).not.toMatch(/;\s*Secure/i)
    expect(session.setCookie).toMatch(/SameSite=Lax/i)
    expect(session.me).toEqual(200)

    child.kill("SIGKILL") // a crash: Medusa and PostgreSQL are left running
    await exited(child)
  })

  it("after kill -9, the next start comes up with the same data", async () => {
    const { child, match, output } = await start()
    console.info(`second start ready in ${match[1]} s`)
    expect(match[2]).toEqual(key)
    expect(output()).not.toMatch(/Seeding the Lạng Sơn catalogue/)
    expect(output()).not.toMatch(/Running migrations/)
    // the passwords are not printed again: the banner says where they are
    expect(output()).not.toContain(passwords.admin)
    expect(output()).not.toContain(passwords.producer)
    expect(output()).toMatch(/Admin login:\s+\S+@\S+, password: ADMIN_PASSWORD in \S*secrets\.json/)
    // the same secrets: the producer logs in again with the password of the first start
    expect(await login("producer", "producer@ocop-langson.local", passwords.producer)).toEqual(200)
    expect((await storeProducts(key)).count).toEqual(firstCount)

    child.kill("SIGTERM")
    expect(await exited(child)).toEqual(0)
    const gone = await waitUntil(
      () => processesMentioning(dataDir).length + processesMentioning(`--port ${port}`).length === 0,
      20000
    )
    expect(gone).toBe(true)
  })

  it("an operator's deployment (NODE_ENV=production) generates nothing and refuses to start without the secrets", async () => {
    const deployDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-deploy-"))
    try {
      const failed = spawnUntil([path.join(ROOT, "scripts", "start.js")], READY, {
        env: { ...env, OCOP_DATA_DIR: deployDir, PG_PORT: String(await freePort()), NODE_ENV: "production", OCOP_DEMO: "" },
        cwd: ROOT,
        timeoutMs: 300000,
      })
      await expect(failed).rejects.toThrow(/JWT_SECRET must be set to a private random value when NODE_ENV=production/)
      expect(fs.existsSync(path.join(deployDir, "secrets.json"))).toBe(false)
    } finally {
      for (const pid of processesMentioning(deployDir)) {
        try { process.kill(pid, "SIGKILL") } catch {}
      }
      fs.rmSync(deployDir, { recursive: true, force: true })
    }
  })
})
