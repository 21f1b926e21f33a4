#!/usr/bin/env node
// `npm start`: the whole product on one machine. With no DATABASE_URL an
// embedded PostgreSQL is started; then migrations, the seed (once), and the
// Medusa server, the live gateway and the storefront, until Ctrl-C/SIGTERM.
const path = require("path")
const fs = require("fs")
const { loadDotEnv } = require("./lib/env")
loadDotEnv(path.resolve(__dirname, ".."))
const { ROOT, DATA_DIR, MEDUSA_BIN, log, resolveDatabase, prepareDatabase } = require("./lib/prepare")
const { endLeftovers, startManaged, stopManaged } = require("./lib/processes")
const { services } = require("./lib/services")

const startedAt = Date.now()
const children = []
let embedded = null
let stopping = false

async function shutdown(signal, code = 0) {
  if (stopping) return
  stopping = true
  log(`${signal}: stopping`)
  await Promise.all(children.map((c) => stopManaged(c.child)))
  if (embedded) {
    await embedded.stop()
    log("Embedded PostgreSQL stopped")
  }
  process.exit(code)
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (stopping) return false
    try {
      const res = await fetch(url)
      if (res.ok) return true
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

async function main() {
  process.on("SIGINT", () => shutdown("SIGINT"))
  process.on("SIGTERM", () => shutdown("SIGTERM"))
  fs.mkdirSync(DATA_DIR, { recursive: true })
  await endLeftovers(DATA_DIR, log)

  const db = await resolveDatabase()
  embedded = db.embedded
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NODE_ENV: process.env.NODE_ENV || "development",
  }
  const seeded = await prepareDatabase(db.url, env)
  env.MEDUSA_PUBLISHABLE_KEY = seeded.publishableKey || ""
  // the storefront creates carts in a named sales channel (the key serves three)
  env.OCOP_SALES_CHANNELS = env.OCOP_SALES_CHANNELS || JSON.stringify(seeded.salesChannels || {})

  for (const service of services(env)) {
    const child = startManaged(DATA_DIR, service.name, service.command, service.args, {
      cwd: service.cwd || ROOT,
      env: { ...env, ...service.env },
    })
    child.on("exit", (code, signal) => {
      if (!stopping) {
        log(`${service.name} exited (${signal || code}); stopping everything`)
        shutdown("exit", 1)
      }
    })
    children.push({ ...service, child })
  }

  for (const service of children) {
    if (!service.healthUrl) continue
    const ok = await waitForHttp(service.healthUrl, service.startTimeoutMs || 180000)
    if (!ok && !stopping) {
      log(`${service.name} did not answer ${service.healthUrl}`)
      return shutdown("timeout", 1)
    }
  }
  if (stopping) return

  const admin = {
    email: process.env.ADMIN_EMAIL || "admin@ocop-langson.local",
    password: process.env.ADMIN_PASSWORD || "ocop-admin-2026",
  }
  const lines = [
    "",
    `OCOP Lạng Sơn is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    ...children.filter((c) => c.banner).map((c) => c.banner),
    `  Admin login:       ${admin.email} / ${admin.password}`,
    `  Producer login:    ${process.env.PRODUCER_EMAIL || "producer@ocop-langson.local"} / ${process.env.PRODUCER_PASSWORD || "ocop-producer-2026"} (POST /auth/producer/emailpass)`,
    `  Publishable key:   ${seeded.publishableKey}`,
    `  Try: curl -H "x-publishable-api-key: ${seeded.publishableKey}" ${env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`}/store/products`,
    embedded ? `  Database:          embedded PostgreSQL, ${path.relative(ROOT, DATA_DIR)}/postgres (port ${embedded.port})` : "  Database:          DATABASE_URL",
    `  Redis:             ${process.env.REDIS_URL ? process.env.REDIS_URL : "not configured (in-memory event bus, workflows, locking, cache)"}`,
    "Press Ctrl-C to stop.",
    "",
  ]
  console.log(lines.join("\n"))
}

main().catch(async (err) => {
  console.error(`[ocop] start failed: ${err.message}`)
  await shutdown("error", 1)
})
