#!/usr/bin/env node
// `npm test`: every test, in one Jest run. Uses the PostgreSQL server at
// DB_HOST:DB_PORT (default 127.0.0.1:5432) when one answers; otherwise an
// embedded PostgreSQL is started in a temporary folder for the run and
// stopped afterwards. Prints "tests: N passed, N failed" last and exits
// non-zero on any failure. Extra arguments go to Jest (e.g. a path).
const { spawn } = require("child_process")
const crypto = require("crypto")
const fs = require("fs")
const net = require("net")
const os = require("os")
const path = require("path")
const { buildPlugins } = require("./lib/build-plugins")
const { ensureAdminBuild } = require("./lib/admin-build")
const { startEmbeddedPostgres } = require("./lib/embedded-postgres")

const ROOT = path.resolve(__dirname, "..")
const WORKER_MEMORY_LIMIT = process.env.TEST_WORKER_MEMORY_LIMIT || "1500MB"

function answers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function database(env) {
  const host = env.DB_HOST || "localhost"
  const port = env.DB_PORT || "5432"
  if (await answers(host, port)) {
    console.log(`[test] PostgreSQL at ${host}:${port}`)
    return { env: { DB_HOST: host, DB_PORT: port, DB_USERNAME: env.DB_USERNAME || "postgres", DB_PASSWORD: env.DB_PASSWORD || "" }, stop: async () => {} }
  }
  if (env.CI === "true") {
    throw new Error(`CI: no PostgreSQL answers at ${host}:${port}`)
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-pg-"))
  fs.chmodSync(dir, 0o755)
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: await freePort() })
  console.log(`[test] No PostgreSQL at ${host}:${port}: started an embedded one on port ${pg.port}`)
  return {
    env: { DB_HOST: "localhost", DB_PORT: String(pg.port), DB_USERNAME: "postgres", DB_PASSWORD: "postgres" },
    stop: async () => {
      await pg.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function redis(env) {
  const url = new URL(env.REDIS_URL_TEST || "redis://127.0.0.1:6379")
  if (await answers(url.hostname, url.port || 6379)) {
    console.log(`[test] Redis at ${url.host}`)
    return { TEST_REDIS_URL: url.toString() }
  }
  console.log(`[test] No Redis at ${url.host}: Redis tests ${env.CI === "true" ? "will FAIL (CI)" : "will be skipped"}`)
  return { TEST_REDIS_URL: "" }
}

function runJest(env, args) {
  const resultsFile = path.join(os.tmpdir(), `ocop-jest-${process.pid}.json`)
  // --forceExit as in Medusa's starters: a suite's leftover handle (a pool, a
  // socket) must not keep the whole run from ending and printing its summary.
  // One worker process (the suites share one database server and the ports
  // they pick), replaced by a fresh one whenever a suite leaves it above the
  // memory limit: each suite boots a whole Medusa application, and in one
  // process for the whole run what they leave behind grew past Node's heap
  // limit (CI died with "JavaScript heap out of memory" after 815 s).
  const jestArgs = ["--maxWorkers=1", `--workerIdleMemoryLimit=${WORKER_MEMORY_LIMIT}`, "--forceExit", "--json", `--outputFile=${resultsFile}`, ...args]
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "jest"), jestArgs, { cwd: ROOT, env, stdio: "inherit" })
    child.on("exit", (code) => {
      let results = null
      try {
        results = JSON.parse(fs.readFileSync(resultsFile, "utf8"))
        fs.rmSync(resultsFile, { force: true })
      } catch {}
      resolve({ code: code ?? 1, results })
    })
  })
}

/** No path filter (every test), or one that names browser or lifecycle suites. */
function startsStacks(args) {
  const paths = args.filter((a) => !a.startsWith("-"))
  return paths.length === 0 || paths.some((p) => /browser|lifecycle/.test(p))
}

async function main() {
  // Medusa loads plugins from their builds: build those whose sources changed
  buildPlugins({ log: (m) => console.log(`[test] ${m}`) })
  // the stacks that browser and lifecycle suites start run Medusa in production
  // mode, which serves the admin's build: make it once here, not inside a
  // suite's time limit (reused while its sources are unchanged)
  if (startsStacks(process.argv.slice(2))) {
    // (the build reads medusa-config.ts, which wants signing secrets in production; the build keeps none)
    const throwaway = () => crypto.randomBytes(32).toString("base64url")
    const buildEnv = { ...process.env, NODE_ENV: "production", OCOP_DEMO: "1", JWT_SECRET: throwaway(), COOKIE_SECRET: throwaway() }
    await ensureAdminBuild(buildEnv, (m) => console.log(`[test] ${m}`))
  }
  const db = await database(process.env)
  let outcome
  try {
    const nodeOptions = `${process.env.NODE_OPTIONS || ""} --experimental-vm-modules`.trim()
    const env = { ...process.env, ...db.env, ...(await redis(process.env)), TEST_TYPE: "all", NODE_OPTIONS: nodeOptions, LOG_LEVEL: process.env.LOG_LEVEL || "error" }
    outcome = await runJest(env, process.argv.slice(2))
  } finally {
    await db.stop()
  }
  const r = outcome.results
  const passed = r ? r.numPassedTests : 0
  const failed = r ? r.numFailedTests + r.numRuntimeErrorTestSuites : 1
  const skipped = r ? r.numPendingTests + r.numTodoTests : 0
  console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`)
  process.exit(outcome.code !== 0 || failed > 0 || passed === 0 ? 1 : 0)
}

main().catch((err) => {
  console.error(`[test] ${err.message}`)
  console.log("tests: 0 passed, 1 failed")
  process.exit(1)
})
