/**
 * The three plugins in a stock Medusa 2.21.2 application, installed the way
 * their READMEs say: built and packed (`npm pack`), installed from the
 * tarballs into a fresh app laid out like create-medusa-app's backend (its own
 * package.json, tsconfig.json and medusa-config.ts; nothing from src/),
 * migrated with `npx medusa db:migrate`, served by `npx medusa start` next to
 * `npx medusa-live-gateway`, and used only through HTTP and Socket.IO.
 *
 * Env: STOCK_MEDUSA_APP_DIR=<dir> keeps the app there (reused when it has
 * node_modules: no pack, no install), for debugging.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process"
import fs from "fs"
import jwt from "jsonwebtoken"
import net from "net"
import os from "os"
import path from "path"
import { Client as PgClient } from "pg"
import { io, type Socket } from "socket.io-client"
import { fetchToken, waitFor } from "../helpers/harness"

const { buildPlugins, pluginDirs } = require("../../scripts/lib/build-plugins")

jest.setTimeout(9 * 60 * 1000)

const MEDUSA_VERSION = "2.21.2"
const PLUGINS = ["@ocop-live/live-selling", "@ocop-live/ocop", "@ocop-live/payment-vietqr"]
/** Packages of this repository the plugins depend on (published beside them). */
const SHARED_PACKAGES = {
  "@ocop-live/rate-limit": path.join(__dirname, "../../packages/rate-limit"),
  // the shared chart component the OCOP admin extension imports (left external by its admin build)
  "@ocop-live/charts": path.join(__dirname, "../../packages/charts"),
  // limits, response types and money formatting (server validation, the widget, the admin)
  "@ocop-live/contract": path.join(__dirname, "../../packages/contract"),
}
const JWT_SECRET = `stock-medusa-${process.pid}-${Date.now()}`
const ADMIN = { email: "admin@stock-medusa.test", password: "stock-medusa-password-1" }
const VIETQR = { bankBin: "970436", accountNumber: "0011001932418", accountName: "HTX STOCK MEDUSA" }
const PRICE = 120_000
const LIVE_PRICE = 99_000
const OFFER_UNITS = 5
const BUYERS = 40

const PG = {
  host: process.env.DB_HOST || "127.0.0.1",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || "",
}
// scripts/test.js sets TEST_REDIS_URL ("" when no Redis answers): then Medusa
// and the gateway both run the live core on Postgres instead.
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

// ---------------------------------------------------------------- the app files

const PACKAGE_JSON = {
  name: "stock-medusa-app",
  version: "0.0.1",
  private: true,
  scripts: { build: "medusa build", start: "medusa start", dev: "medusa develop" },
  dependencies: {
    "@medusajs/admin-sdk": MEDUSA_VERSION,
    "@medusajs/cli": MEDUSA_VERSION,
    // defineConfig() always adds this plugin (create-medusa-app's starter lists it)
    "@medusajs/draft-order": MEDUSA_VERSION,
    "@medusajs/framework": MEDUSA_VERSION,
    "@medusajs/medusa": MEDUSA_VERSION,
  },
  // what `medusa` needs to load medusa-config.ts (@medusajs/cli registers ts-node; tsconfig asks for swc)
  devDependencies: {
    "@swc/core": "^1.16.22",
    "@types/node": "^20.17.0",
    "ts-node": "^10.9.2",
    typescript: "^5.6.3",
  },
  engines: { node: ">=20" },
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

const MEDUSA_CONFIG = `import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // The live core (and its gateway) use Redis when Medusa has a redisUrl;
    // the gateway must get the same REDIS_URL (or none).
    redisUrl: process.env.REDIS_URL || undefined,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
  plugins: [
    {
      resolve: "@ocop-live/live-selling",
      // The live plugin knows nothing of OCOP: its sellers are OCOP producers
      // here, and a producer owns the products its provenance names.
      options: {
        sellers: {
          entity: "ocop_producer",
          products: {
            entity: "ocop_product_provenance",
            seller_field: "producer_id",
            product_field: "product_id",
          },
        },
      },
    },
    "@ocop-live/ocop",
    "@ocop-live/payment-vietqr",
  ],
  modules: [
    {
      // A plugin's payment provider is enabled like any provider: listed in the
      // Payment Module's providers (the plugin itself only adds its routes).
      // Medusa names it pp_<provider identifier>_<id>: pp_vietqr_vietqr.
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@ocop-live/payment-vietqr/providers/vietqr",
            id: "vietqr",
            options: {
              bankBin: process.env.VIETQR_BANK_BIN,
              accountNumber: process.env.VIETQR_ACCOUNT_NUMBER,
              accountName: process.env.VIETQR_ACCOUNT_NAME,
            },
          },
        ],
      },
    },
  ],
})
`

// ---------------------------------------------------------------- processes

type Proc = { name: string; child: ChildProcess; log: string; exited: Promise<number | null> }

function baseEnv(): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "USER", "LANG", "TMPDIR", "SHELL"]
  return Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]]))
}

function tail(file: string, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

/** Runs a command to its end within `timeoutMs`; throws with its output's tail when it fails. */
function run(cmd: string, args: string[], o: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; log: string }) {
  const started = Date.now()
  const r = spawnSync(cmd, args, { cwd: o.cwd, env: o.env, encoding: "utf8", timeout: o.timeoutMs, maxBuffer: 64 * 1024 * 1024 })
  fs.appendFileSync(o.log, `$ ${cmd} ${args.join(" ")}\n${r.stdout ?? ""}${r.stderr ?? ""}\n`)
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} failed (${r.status ?? r.signal ?? r.error?.message}):\n${tail(o.log)}`)
  }
  console.log(`[stock-medusa] ${cmd} ${args.slice(0, 2).join(" ")}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return r.stdout
}

/** Starts a long-running command in its own process group (stopped with its children). */
function start(name: string, cmd: string, args: string[], o: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Proc {
  const out = fs.openSync(o.log, "a")
  const child = spawn(cmd, args, { cwd: o.cwd, env: o.env, detached: true, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  return { name, child, log: o.log, exited }
}

async function stop(p: Proc | undefined) {
  if (!p || p.child.exitCode !== null || p.child.signalCode !== null) {
    return
  }
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-p.child.pid!, s)
    } catch {
      // already gone
    }
  }
  signal("SIGTERM")
  let timer: NodeJS.Timeout | undefined
  const killed = await Promise.race([
    p.exited.then(() => true),
    new Promise((r) => (timer = setTimeout(() => r(false), 10_000))),
  ])
  clearTimeout(timer)
  if (!killed) {
    signal("SIGKILL")
    await p.exited
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })
}

/** Polls `check` (with the harness's `waitFor`) until it is true; fails early when `proc` exits. */
async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number, proc?: Proc) {
  let exited = false
  proc?.exited.then(() => (exited = true))
  const poll = async () => {
    if (exited) throw new Error(`${proc!.name} exited before ${what}:\n${tail(proc!.log)}`)
    return check().catch(() => false)
  }
  await waitFor(poll, { what, timeoutMs, intervalMs: 250 }).catch((e: Error) => {
    throw exited || !proc ? e : new Error(`${e.message}:\n${tail(proc.log)}`)
  })
}

// ---------------------------------------------------------------- HTTP and sockets

type Headers = Record<string, string>

class HttpError extends Error {
  constructor(readonly status: number, readonly body: any, what: string) {
    super(`${what}: ${status} ${JSON.stringify(body)}`)
  }
}

function client(baseUrl: string) {
  return async function call(method: string, url: string, body?: unknown, headers: Headers = {}): Promise<any> {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    })
    const text = await res.text()
    let data: any = text
    try {
      data = JSON.parse(text)
    } catch {
      // not JSON
    }
    if (!res.ok) {
      throw new HttpError(res.status, data, `${method} ${url}`)
    }
    return data
  }
}

function connect(url: string, auth: Record<string, unknown>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(`${url}/live`, { transports: ["websocket"], forceNew: true, reconnection: false, auth, timeout: 15_000 })
    socket.once("connect", () => resolve(socket))
    socket.once("connect_error", (e) => {
      socket.close()
      reject(e)
    })
  })
}

const ask = (socket: Socket, event: string, payload: unknown): Promise<any> =>
  socket.timeout(20_000).emitWithAck(event, payload)

/** EMVCo TLV fields of a VietQR payload (2-digit id, 2-digit length, value). */
function tlv(payload: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i < payload.length; ) {
    const id = payload.slice(i, i + 2)
    const len = Number(payload.slice(i + 2, i + 4))
    out[id] = payload.slice(i + 4, i + 4 + len)
    i += 4 + len
  }
  return out
}

// ---------------------------------------------------------------- the test

describe("the plugins in a stock Medusa 2.21.2 app", () => {
  const timings: Record<string, number> = {}
  const keepApp = process.env.STOCK_MEDUSA_APP_DIR
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "stock-medusa-"))
  const appDir = keepApp ? path.resolve(keepApp) : path.join(work, "app")
  const dbName = `stock_medusa_${process.pid}_${Date.now()}`
  const databaseUrl = `postgres://${encodeURIComponent(PG.user)}${PG.password ? `:${encodeURIComponent(PG.password)}` : ""}@${PG.host}:${PG.port}/${dbName}`
  let dbCreated = false
  let medusa: Proc | undefined
  let gateway: Proc | undefined
  let sockets: Socket[] = []
  let backendUrl = ""
  let liveUrl = ""
  let appEnv: NodeJS.ProcessEnv = {}
  let call: ReturnType<typeof client>

  const pg = async <T>(database: string, fn: (c: PgClient) => Promise<T>) => {
    const c = new PgClient({ ...PG, database })
    await c.connect()
    try {
      return await fn(c)
    } finally {
      await c.end()
    }
  }
  const lap = (step: string, since: number) => (timings[step] = Math.round((Date.now() - since) / 100) / 10)

  beforeAll(async () => {
    fs.mkdirSync(appDir, { recursive: true })
    const log = path.join(work, "setup.log")
    let t = Date.now()

    if (!fs.existsSync(path.join(appDir, "node_modules", "@ocop-live"))) {
      // 1. build (no-op when fresh) and pack the plugins
      buildPlugins({ log: (m: string) => console.log(`[stock-medusa] ${m}`) })
      lap("build", t)
      t = Date.now()
      const packs = path.join(work, "packs")
      fs.mkdirSync(packs)
      const dirs: Record<string, string> = Object.fromEntries(
        pluginDirs().map((d: string) => [JSON.parse(fs.readFileSync(path.join(d, "package.json"), "utf8")).name, d])
      )
      Object.assign(dirs, SHARED_PACKAGES)
      const tarballs = [...PLUGINS, ...Object.keys(SHARED_PACKAGES)].map((name) => {
        const out = run("npm", ["pack", "--pack-destination", packs, "--json"], { cwd: dirs[name], env: baseEnv(), timeoutMs: 120_000, log })
        return path.join(packs, JSON.parse(out)[0].filename)
      })
      lap("pack", t)
      t = Date.now()

      // 2. the stock app, then the tarballs installed with npm install
      fs.writeFileSync(path.join(appDir, "package.json"), JSON.stringify(PACKAGE_JSON, null, 2))
      fs.writeFileSync(path.join(appDir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2))
      fs.writeFileSync(path.join(appDir, "medusa-config.ts"), MEDUSA_CONFIG)
      fs.writeFileSync(path.join(appDir, ".gitignore"), "node_modules\n.medusa\n.env\n")
      run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...tarballs], {
        cwd: appDir, env: baseEnv(), timeoutMs: 5 * 60_000, log,
      })
      const installed = JSON.parse(fs.readFileSync(path.join(appDir, "package.json"), "utf8"))
      expect(Object.keys(installed.dependencies)).toEqual(expect.arrayContaining(PLUGINS))
      lap("install", t)
      t = Date.now()
    } else {
      fs.writeFileSync(path.join(appDir, "medusa-config.ts"), MEDUSA_CONFIG)
    }

    // 3. a fresh database, migrations, an admin, then Medusa and the gateway
    await pg("postgres", (c) => c.query(`CREATE DATABASE "${dbName}"`))
    dbCreated = true
    const port = await freePort()
    const livePort = await freePort()
    backendUrl = `http://127.0.0.1:${port}`
    liveUrl = `http://127.0.0.1:${livePort}`
    const prefix = `stock-medusa:${process.pid}:${Date.now()}:`
    appEnv = {
      ...baseEnv(),
      NODE_ENV: "development",
      DATABASE_URL: databaseUrl,
      ...(REDIS_URL ? { REDIS_URL } : {}),
      LIVE_REDIS_PREFIX: prefix,
      JWT_SECRET,
      COOKIE_SECRET: JWT_SECRET,
      STORE_CORS: "http://localhost:8000",
      ADMIN_CORS: "http://localhost:9000",
      AUTH_CORS: "http://localhost:8000,http://localhost:9000",
      VIETQR_BANK_BIN: VIETQR.bankBin,
      VIETQR_ACCOUNT_NUMBER: VIETQR.accountNumber,
      VIETQR_ACCOUNT_NAME: VIETQR.accountName,
      VIETQR_WEBHOOK_SECRET: `whsec-${JWT_SECRET}`,
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    run("npx", ["medusa", "db:migrate"], { cwd: appDir, env: appEnv, timeoutMs: 3 * 60_000, log })
    lap("migrate", t)
    t = Date.now()
    run("npx", ["medusa", "user", "-e", ADMIN.email, "-p", ADMIN.password], { cwd: appDir, env: appEnv, timeoutMs: 2 * 60_000, log })

    medusa = start("medusa start", "npx", ["medusa", "start"], {
      cwd: appDir, env: { ...appEnv, PORT: String(port) }, log: path.join(work, "medusa.log"),
    })
    gateway = start("medusa-live-gateway", "npx", ["medusa-live-gateway"], {
      cwd: appDir,
      env: {
        ...appEnv,
        LIVE_PORT: String(livePort),
        LIVE_HOST: "127.0.0.1",
        MEDUSA_BACKEND_URL: backendUrl,
      },
      log: path.join(work, "gateway.log"),
    })
    await waitUntil("Medusa's /health", async () => (await fetch(`${backendUrl}/health`)).ok, 3 * 60_000, medusa)
    await waitUntil("the gateway", async () => (await fetch(`${liveUrl}/`)).status > 0, 60_000, gateway)
    lap("start", t)
    call = client(backendUrl)
  })

  afterAll(async () => {
    sockets.forEach((s) => s.close())
    await Promise.all([stop(gateway), stop(medusa)])
    if (dbCreated) {
      await pg("postgres", (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch((e) =>
        console.error(`[stock-medusa] could not drop ${dbName}: ${e.message}`)
      )
    }
    if (!keepApp) {
      fs.rmSync(work, { recursive: true, force: true })
    }
    console.log(`[stock-medusa] timings (s): ${JSON.stringify(timings)}`)
  })

  it("sells an OCOP product live and takes a VietQR transfer for it", async () => {
    let t = Date.now()
    // --- admin setup through the stock admin API
    const admin = { authorization: `Bearer ${await fetchToken(backendUrl, "user", ADMIN)}` }

    const { sales_channel: channel } = await call("POST", "/admin/sales-channels", { name: "Stock web" }, admin)
    const { api_key: key } = await call("POST", "/admin/api-keys", { title: "Stock storefront", type: "publishable" }, admin)
    await call("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] }, admin)
    const store = { "x-publishable-api-key": key.token }

    const { region } = await call(
      "POST",
      "/admin/regions",
      { name: "Vietnam", currency_code: "vnd", countries: ["vn"], payment_providers: ["pp_vietqr_vietqr"] },
      admin
    )
    const { stores } = await call("GET", "/admin/stores", undefined, admin)
    await call(
      "POST",
      `/admin/stores/${stores[0].id}`,
      { supported_currencies: [{ currency_code: "vnd", is_default: true }], default_region_id: region.id, default_sales_channel_id: channel.id },
      admin
    )
    const { stock_location: location } = await call(
      "POST",
      "/admin/stock-locations",
      { name: "Kho Lạng Sơn", address: { address_1: "1 Trần Đăng Ninh", city: "Lạng Sơn", country_code: "vn" } },
      admin
    )
    await call("POST", `/admin/stock-locations/${location.id}/sales-channels`, { add: [channel.id] }, admin)

    const { product } = await call(
      "POST",
      "/admin/products",
      {
        title: "Hồi khô Văn Quan",
        handle: "hoi-kho-van-quan",
        status: "published",
        options: [{ title: "Khối lượng", values: ["500g"] }],
        variants: [
          {
            title: "500g",
            sku: "HOI-500",
            manage_inventory: true,
            options: { "Khối lượng": "500g" },
            prices: [{ currency_code: "vnd", amount: PRICE }],
          },
        ],
        sales_channels: [{ id: channel.id }],
      },
      admin
    )
    const variant = product.variants[0]
    const { inventory_items } = await call("GET", `/admin/inventory-items?sku=HOI-500`, undefined, admin)
    await call(
      "POST",
      `/admin/inventory-items/${inventory_items[0].id}/location-levels`,
      { location_id: location.id, stocked_quantity: 100 },
      admin
    )

    // --- OCOP: a producer, its provenance and a certification, then the catalogue
    const { producer } = await call(
      "POST",
      "/admin/ocop/producers",
      { name: "HTX Hồi Văn Quan", type: "cooperative", district: "Văn Quan" },
      admin
    )
    await call("POST", `/admin/ocop/products/${product.id}/provenance`, { producer_id: producer.id }, admin)
    const decided = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10)
    const { certification } = await call(
      "POST",
      "/admin/ocop/certifications",
      { product_id: product.id, producer_id: producer.id, score_a: 30, score_b: 20, score_c: 22.5, group: "food", decided_at: decided },
      admin
    )
    expect(certification).toMatchObject({ product_id: product.id, stars: 4, status: "active", score_total: 72.5 })

    const catalogue = await call("GET", `/store/ocop/products?ocop_only=true&region_id=${region.id}`, undefined, store)
    expect(catalogue.products.map((p: any) => p.handle)).toEqual(["hoi-kho-van-quan"])
    expect(catalogue.products[0]).toMatchObject({
      id: product.id,
      ocop: { stars: 4, status: "active", group: "food" },
      producer: { id: producer.id, name: "HTX Hồi Văn Quan" },
    })
    expect(catalogue.products[0].variants[0].calculated_price.calculated_amount).toEqual(PRICE)
    expect(catalogue.facets.stars).toMatchObject({ "4": 1 })
    lap("admin+ocop", t)
    t = Date.now()

    // --- live: a stream of the producer, started, and a flash offer of 5 units
    const { stream } = await call(
      "POST",
      "/admin/live/streams",
      { producer_id: producer.id, title: "Hồi Văn Quan trực tiếp", pinned_product_ids: [product.id] },
      admin
    )
    expect(stream.producer).toMatchObject({ id: producer.id, name: "HTX Hồi Văn Quan" })
    // it goes live only once the seller's identity is verified
    await expect(call("POST", `/admin/live/streams/${stream.id}/start`, {}, admin)).rejects.toMatchObject({ status: 400 })
    await call(
      "POST",
      `/admin/live/sellers/${producer.id}/verification`,
      { legal_name: "Hoàng Văn B", id_number: "020088001234", method: "vneid_level_2" },
      admin
    )
    await call("POST", `/admin/live/streams/${stream.id}/start`, {}, admin)

    const buyers = Array.from({ length: BUYERS }, (_, i) => `cus_stock_${String(i).padStart(3, "0")}`)
    sockets = await Promise.all(
      buyers.map((id) =>
        connect(liveUrl, {
          token: jwt.sign({ actor_id: id, actor_type: "customer", auth_identity_id: `authid_${id}`, app_metadata: {} }, JWT_SECRET, {
            expiresIn: "1h",
          }),
        })
      )
    )
    const joined = await Promise.all(sockets.map((s) => ask(s, "join", { streamId: stream.id })))
    joined.forEach((j) => expect(j.error).toBeUndefined())
    expect(joined[0].stream).toMatchObject({ id: stream.id, status: "live" })

    const started = new Promise<any>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("offer:started never came")), 60_000)
      timer.unref()
      sockets[0].on("offer:started", (e) => {
        clearTimeout(timer)
        resolve(e)
      })
    })
    started.catch(() => undefined) // awaited below; not an unhandled rejection if the test fails first
    const { offer } = await call(
      "POST",
      `/admin/live/streams/${stream.id}/offers`,
      { variant_id: variant.id, price: LIVE_PRICE, quantity: OFFER_UNITS, per_customer_limit: 1, starts_in_sec: 10, duration_sec: 600 },
      admin
    )
    expect(offer).toMatchObject({ quantity: OFFER_UNITS, price: LIVE_PRICE, original_price: PRICE, product_id: product.id })
    const startedEvent = await started
    expect(startedEvent.offer).toMatchObject({ id: offer.id, left: OFFER_UNITS })

    // every buyer claims at once
    const acks = await Promise.all(
      sockets.map((s, i) => ask(s, "offer:claim", { offerId: offer.id, quantity: 1, idempotencyKey: `stock-claim-${i}-${offer.id}` }))
    )
    const held = acks.filter((a) => a.claim?.status === "held")
    const soldOut = acks.filter((a) => a.error?.code === "sold_out")
    expect({ held: held.length, soldOut: soldOut.length, other: acks.length - held.length - soldOut.length }).toEqual({
      held: OFFER_UNITS,
      soldOut: BUYERS - OFFER_UNITS,
      other: 0,
    })
    held.forEach((a) => expect(a.claim).toMatchObject({ quantity: 1, price: LIVE_PRICE }))
    expect(new Set(held.map((a) => a.claim.id)).size).toEqual(OFFER_UNITS)
    expect(Math.min(...held.map((a) => a.left))).toEqual(0)

    // the database agrees: 5 units held, none oversold
    let last: any
    const rows = await waitFor(async () => {
      const r = await pg(dbName, (c) =>
        c.query(
          `SELECT o.quantity, o.claimed, (SELECT coalesce(sum(quantity), 0)::int FROM live_claim c WHERE c.offer_id = o.id AND c.status = 'held') AS held
           FROM live_offer o WHERE o.id = $1`,
          [offer.id]
        )
      )
      last = r.rows[0]
      return last?.held === OFFER_UNITS && last?.claimed === OFFER_UNITS ? last : null
    }, "the held claims in the database").catch(() => last)
    expect(rows).toEqual({ quantity: OFFER_UNITS, claimed: OFFER_UNITS, held: OFFER_UNITS })
    const { stream: after } = await call("GET", `/admin/live/streams/${stream.id}`, undefined, admin)
    expect(after.offers.find((o: any) => o.id === offer.id)).toMatchObject({ left: 0 })
    sockets.forEach((s) => s.close())
    sockets = []
    lap("live race", t)
    t = Date.now()

    // --- checkout: a cart and a VietQR payment session for its exact amount
    const { cart } = await call(
      "POST",
      "/store/carts",
      { region_id: region.id, sales_channel_id: channel.id, email: "buyer@stock-medusa.test" },
      store
    )
    const { cart: filled } = await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variant.id, quantity: 2 }, store)
    expect(filled.total).toEqual(2 * PRICE)
    const { payment_collection: pc } = await call("POST", "/store/payment-collections", { cart_id: cart.id }, store)
    expect(pc.amount).toEqual(2 * PRICE)
    const { payment_collection: paid } = await call(
      "POST",
      `/store/payment-collections/${pc.id}/payment-sessions`,
      { provider_id: "pp_vietqr_vietqr" },
      store
    )
    const session = paid.payment_sessions.find((s: any) => s.provider_id === "pp_vietqr_vietqr")
    expect(session).toMatchObject({ amount: 2 * PRICE, currency_code: "vnd" })
    expect(session.data).toMatchObject({
      amount: 2 * PRICE,
      currency_code: "vnd",
      bank_bin: VIETQR.bankBin,
      account_number: VIETQR.accountNumber,
      account_name: VIETQR.accountName,
      reference: expect.stringMatching(/^[A-Z0-9]{6,25}$/),
      payload: expect.any(String),
    })
    const fields = tlv(session.data.payload)
    expect(fields["53"]).toEqual("704") // VND
    expect(fields["54"]).toEqual(String(2 * PRICE))
    expect(tlv(fields["62"])["08"]).toEqual(session.data.reference)
    expect(fields["38"]).toContain(VIETQR.bankBin)
    expect(fields["38"]).toContain(VIETQR.accountNumber)
    expect(session.data.qr_svg).toMatch(/^<svg|^<\?xml/)
    lap("vietqr", t)
  })

  it("ships the OCOP admin extension drawing with the shared chart package, installed beside it, and no chart of its own", () => {
    const plugin = path.join(appDir, "node_modules", "@ocop-live", "ocop")
    const bundle = fs.readFileSync(path.join(plugin, ".medusa", "server", "src", "admin", "index.mjs"), "utf8")
    expect(bundle).toMatch(/from\s+"@ocop-live\/charts"/)
    // no hand-drawn SVG: no <svg>, <polyline> or <rect> in the admin bundle
    expect(bundle).not.toMatch(/jsxs?\("(svg|polyline|rect|path)"/)
    expect(bundle).not.toMatch(/"chart\.js"/)
    // the package resolves from the plugin, with its one chart library
    const charts = path.dirname(require.resolve("@ocop-live/charts/package.json", { paths: [plugin] }))
    expect(charts.startsWith(path.join(appDir, "node_modules"))).toBe(true)
    expect(fs.readFileSync(path.join(charts, "src", "chart.tsx"), "utf8")).toContain('import("./engine")')
    expect(require.resolve("chart.js", { paths: [charts] }).startsWith(path.join(appDir, "node_modules"))).toBe(true)
  })
})
