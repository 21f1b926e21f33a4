import fs from "fs"
import os from "os"
import path from "path"
import { ChildProcess } from "child_process"
import { fetchSignUpCustomer, waitFor } from "../helpers/harness"
import { exited, freePort, spawnUntil } from "./process-helpers"

jest.setTimeout(400 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA = path.join(ROOT, "node_modules", "@medusajs", "cli", "cli.js")
const REDIS = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"
const PG = `postgres://${process.env.DB_USERNAME || "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}/ocop_worker_mode_test`

const describeWithRedis = REDIS || process.env.CI === "true" ? describe : describe.skip
if (!REDIS && process.env.CI !== "true") console.log("worker-mode tests skipped: no Redis")

describeWithRedis("MEDUSA_WORKER_MODE with Redis: a server and a worker share the work", () => {
  const children: ChildProcess[] = []
  let serverPort: number
  let worker: { child: ChildProcess; output: () => string }
  let key: string

  const env = (mode: string, port: number) => ({
    DATABASE_URL: PG,
    REDIS_URL: REDIS,
    MEDUSA_WORKER_MODE: mode,
    DISABLE_MEDUSA_ADMIN: "true",
    NODE_ENV: "development",
    LOG_LEVEL: "info",
    PORT: String(port),
    NODE_OPTIONS: "",
  })

  beforeAll(async () => {
    // a fresh database, migrated and seeded through the same path as npm start
    const { Client } = require("pg")
    const admin = new Client({ connectionString: PG.replace(/\/[^/]+$/, "/postgres") })
    await admin.connect()
    await admin.query("DROP DATABASE IF EXISTS ocop_worker_mode_test WITH (FORCE)")
    await admin.query("CREATE DATABASE ocop_worker_mode_test")
    await admin.end()
    const seeded = await spawnUntil(
      [path.join(ROOT, "scripts", "with-db.js"), "medusa", "exec", "./src/scripts/seed.ts"],
      /Publishable API key: (pk_[0-9a-f]+)[\s\S]*Finished executing script/,
      { cwd: ROOT, env: { ...env("shared", await freePort()), OCOP_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "ocop-worker-")) }, timeoutMs: 300000 }
    )
    key = seeded.match[1]
    await exited(seeded.child)

    serverPort = await freePort()
    const server = await spawnUntil([MEDUSA, "start"], /Server is ready on port/, {
      cwd: ROOT, env: env("server", serverPort), timeoutMs: 120000,
    })
    children.push(server.child)
    worker = await spawnUntil([MEDUSA, "start"], /Server is ready on port/, {
      cwd: ROOT, env: env("worker", await freePort()), timeoutMs: 120000,
    })
    children.push(worker.child)
  })

  afterAll(async () => {
    for (const child of children) {
      child.kill("SIGTERM")
      await exited(child)
    }
  })

  it("the server answers the store API", async () => {
    const res = await fetch(`http://localhost:${serverPort}/store/products?limit=1`, {
      headers: { "x-publishable-api-key": key },
    })
    expect(res.status).toEqual(200)
    expect((await res.json()).count).toBeGreaterThanOrEqual(40)
  })

  it("an event emitted by the server is processed by the worker through Redis", async () => {
    const email = `buyer-${Date.now()}@example.vn`
    const base = `http://localhost:${serverPort}`
    const buyer = await fetchSignUpCustomer(base, key, { email, password: "mat-khau-123", first_name: "Lan", last_name: "Nguyễn" })
    expect(buyer.id).toMatch(/^cus_/)
    // the worker first drains the seed's events (hundreds, queued before it started)
    await waitFor(async () => /Processing customer\.created/.test(worker.output()), {
      what: "the worker to process customer.created",
      timeoutMs: 120_000,
      intervalMs: 250,
    }).catch(() => undefined)
    expect(worker.output()).toMatch(/Processing customer\.created/)
  })
})
