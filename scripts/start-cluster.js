#!/usr/bin/env node
// `npm run start:cluster`: the scaled-out layout on one machine, against
// PostgreSQL and Redis on loopback: 2 Medusa servers (MEDUSA_WORKER_MODE=
// server), 1 Medusa worker (jobs, subscribers) and 2 live gateways that share
// rooms, event log and claims through Redis. Migrates and seeds like
// `npm start`, prints every URL, and stops every child on Ctrl-C/SIGTERM.
// A load balancer goes in front (README: "Live selling: architecture and
// scaling out").
//
// Env: DATABASE_URL (postgres://postgres@localhost:5432/ocop_live_commerce),
// REDIS_URL (redis://127.0.0.1:6379), CLUSTER_MEDUSA_PORTS (9000,9002),
// CLUSTER_WORKER_PORT (9004), CLUSTER_LIVE_PORTS (9001,9003), OCOP_DATA_DIR
// (secrets.json: the secrets and demo passwords `npm start` generates).
const net = require("net")
const path = require("path")
const { loadDotEnv } = require("./lib/env")
loadDotEnv(path.resolve(__dirname, ".."))
const { ROOT, DATA_DIR, MEDUSA_BIN, log, prepareDatabase } = require("./lib/prepare")
const { endLeftovers, startManaged, stopManaged } = require("./lib/processes")
const { channelKey, keyBanner, publishableKeyEnv } = require("./lib/publishable-keys")
const { ensureSecrets } = require("./lib/secrets")
const { runMode, modeEnv, demoEnv } = require("./lib/mode")
const { loginBanner } = require("./lib/logins")
const { prepareDemoVideo, demoVideoService } = require("./lib/demo-video")

const RUN_DIR = path.join(DATA_DIR, "cluster")
const { GATEWAY_BIN } = require("./lib/live-gateway")
const { mediaEnv, mediaService } = require("./lib/live-media")
const startedAt = Date.now()
const children = []
let stopping = false

const ports = (value, fallback) => (value || fallback).split(",").map((p) => p.trim()).filter(Boolean)

/** The five processes, in start order (pure: from env to a list). */
function layout(env) {
  const servers = ports(env.CLUSTER_MEDUSA_PORTS, "9000,9002")
  const gateways = ports(env.CLUSTER_LIVE_PORTS, "9001,9003")
  const workerPort = env.CLUSTER_WORKER_PORT || "9004"
  const medusa = (name, mode, port, banner) => ({
    name,
    command: MEDUSA_BIN,
    args: ["start", "--port", port],
    env: { MEDUSA_WORKER_MODE: mode, PORT: port, ...mediaEnv(env), ...(mode === "worker" ? { DISABLE_MEDUSA_ADMIN: "true" } : {}) },
    healthUrl: `http://127.0.0.1:${port}/health`,
    banner,
  })
  return [
    ...servers.map((port, i) =>
      medusa(`medusa-server-${i + 1}`, "server", port, `  Medusa server ${i + 1}:   http://localhost:${port} (store, admin /app, producer API)`)
    ),
    medusa("medusa-worker", "worker", workerPort, `  Medusa worker:     jobs and subscribers (health http://localhost:${workerPort}/health)`),
    ...gateways.map((port, i) => ({
      name: `live-gateway-${i + 1}`,
      command: process.execPath,
      args: [GATEWAY_BIN],
      env: {
        LIVE_PORT: port,
        // each gateway puts claims in carts through "its" Medusa server, with the livestream key
        MEDUSA_BACKEND_URL: `http://127.0.0.1:${servers[i % servers.length]}`,
        MEDUSA_PUBLISHABLE_KEY: channelKey(env, "live"),
      },
      healthUrl: `http://127.0.0.1:${port}/health`,
      banner: `  Live gateway ${i + 1}:    ws://localhost:${port}/live`,
    })),
    // one media server (RTMP ingest, HTTP-FLV and HLS), reporting to the first server; OCOP_LIVE_INGEST=off: none
    ...[mediaService(env, `http://127.0.0.1:${servers[0]}`, RUN_DIR)].filter(Boolean),
  ]
}

function answers(url, timeoutMs = 1500) {
  const u = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || 6379) })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) return true
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  return false
}

async function shutdown(signal, code = 0) {
  if (stopping) return
  stopping = true
  log(`${signal}: stopping the cluster`)
  await Promise.all(children.map((c) => stopManaged(c.child)))
  log("All cluster processes stopped")
  process.exit(code)
}

async function main() {
  process.on("SIGINT", () => shutdown("SIGINT"))
  process.on("SIGTERM", () => shutdown("SIGTERM"))
  await endLeftovers(RUN_DIR, log)

  // still development unless NODE_ENV is set (NODE_ENV=production: a deployment; scripts/lib/mode.js)
  const mode = runMode([], { ...process.env, NODE_ENV: process.env.NODE_ENV || "development" })
  // every server and gateway signs and checks tokens with the same secrets (.data/secrets.json)
  const secrets = ensureSecrets(DATA_DIR, { ...process.env, ...modeEnv(mode) })
  const env = {
    ...process.env,
    ...secrets.env,
    DATABASE_URL: process.env.DATABASE_URL || "postgres://postgres@localhost:5432/ocop_live_commerce",
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    ...modeEnv(mode),
    ...demoEnv(mode, process.env),
  }
  if (!(await answers(env.REDIS_URL))) {
    throw new Error(`no Redis answers at ${env.REDIS_URL}: the cluster shares events, workflows, locks and rooms through Redis`)
  }
  // the seed points the demo stream's video at the first server (PORT of `medusa exec`)
  const seeded = await prepareDatabase(env.DATABASE_URL, { ...env, PORT: env.PORT || ports(env.CLUSTER_MEDUSA_PORTS, "9000,9002")[0] })
  Object.assign(env, publishableKeyEnv(seeded))
  // the demo stream's video, served by every Medusa server from the same folder
  const demo = await prepareDemoVideo({ dataDir: RUN_DIR, log })
  if (demo) env.OCOP_DEMO_VIDEO_DIR = demo.dir

  for (const service of [...layout(env), ...(demo ? [demoVideoService(demo)] : [])]) {
    const child = startManaged(RUN_DIR, service.name, service.command, service.args, {
      cwd: ROOT,
      env: { ...env, ...service.env },
      stdio: service.stdio,
    })
    child.on("exit", (code, signal) => {
      if (!stopping && service.optional) {
        log(`${service.name} exited (${signal || code}); the rest keeps running`)
      } else if (!stopping) {
        log(`${service.name} exited (${signal || code}); stopping the cluster`)
        shutdown("exit", 1)
      }
    })
    children.push({ ...service, child })
  }
  for (const service of children) {
    if (!service.healthUrl) continue
    if (!(await waitForHttp(service.healthUrl, 600000)) && !stopping) {
      log(`${service.name} did not answer ${service.healthUrl}`)
      return shutdown("timeout", 1)
    }
  }
  if (stopping) return
  console.log(
    [
      "",
      `OCOP Lạng Sơn cluster is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
      ...children.filter((c) => c.banner).map((c) => `${c.banner} [pid ${c.child.pid}]`),
      ...loginBanner(env, secrets, path.relative(ROOT, secrets.file) || secrets.file, seeded.firstSeed),
      ...keyBanner(env),
      `  PostgreSQL:        ${env.DATABASE_URL.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@")}`,
      `  Redis:             ${env.REDIS_URL}`,
      "  Put a load balancer in front of the servers and of the gateways (README: Live selling).",
      "Press Ctrl-C to stop.",
      "",
    ].join("\n")
  )
}

if (require.main === module) {
  main().catch(async (err) => {
    console.error(`[ocop] start:cluster failed: ${err.message}`)
    await shutdown("error", 1)
  })
}

module.exports = { layout }
