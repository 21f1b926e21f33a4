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
const { keyBanner, publishableKeyEnv } = require("./lib/publishable-keys")
const { ensureSecrets } = require("./lib/secrets")
const { runMode, modeEnv, demoEnv } = require("./lib/mode")
const { loginBanner } = require("./lib/logins")
const { prepareDemoVideo, demoVideoService } = require("./lib/demo-video")
const { ensureAdminBuild } = require("./lib/admin-build")

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
  // production (a demo with generated secrets unless the operator set NODE_ENV=production; scripts/lib/mode.js)
  const mode = runMode(process.argv.slice(2), process.env)
  // JWT_SECRET, COOKIE_SECRET and the demo passwords: generated on the first start, in .data/secrets.json
  const secrets = ensureSecrets(DATA_DIR, { ...process.env, ...modeEnv(mode) })
  const env = {
    ...process.env,
    ...secrets.env,
    DATABASE_URL: db.url,
    ...modeEnv(mode),
    ...demoEnv(mode, process.env),
  }
  const seeded = await prepareDatabase(db.url, env)
  // outside development Medusa serves the dashboard's production build (public/admin)
  await ensureAdminBuild(env, log)
  // the online store's key is *the* key; the kiosk pages and the gateway take their channel's own
  Object.assign(env, publishableKeyEnv(seeded))
  // the storefront names the sales channel of the carts it creates (each key's own channel)
  env.OCOP_SALES_CHANNELS = env.OCOP_SALES_CHANNELS || JSON.stringify(seeded.salesChannels || {})
  // the seeded demo stream's video: a test clip looped into live HLS, served by Medusa at /demo-video
  const demo = await prepareDemoVideo({ dataDir: DATA_DIR, log })
  if (demo) env.OCOP_DEMO_VIDEO_DIR = demo.dir

  for (const service of [...services(env), ...(demo ? [demoVideoService(demo)] : [])]) {
    const child = startManaged(DATA_DIR, service.name, service.command, service.args, {
      cwd: service.cwd || ROOT,
      env: { ...env, ...service.env },
      stdio: service.stdio,
    })
    child.on("exit", (code, signal) => {
      if (!stopping && service.optional) {
        log(`${service.name} exited (${signal || code}); the rest keeps running`)
      } else if (!stopping) {
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

  const lines = [
    "",
    `OCOP Lạng Sơn is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    ...children.filter((c) => c.banner).map((c) => c.banner),
    ...(demo ? [`  Demo stream video: ${env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`}/demo-video/live.m3u8 (a test clip, looped)`] : []),
    ...loginBanner(env, secrets, path.relative(ROOT, secrets.file) || secrets.file, seeded.firstSeed),
    ...keyBanner(env),
    `  Try: curl -H "x-publishable-api-key: ${env.MEDUSA_PUBLISHABLE_KEY}" ${env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`}/store/products`,
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
