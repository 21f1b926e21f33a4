/**
 * `npm run bench -- backend-mode [--seconds 20] [--connections 10]`: the
 * backend under `npm start` in production mode (NODE_ENV=production, a demo)
 * against the baseline of the same backend in development (`npm run dev`),
 * same data, same run, same machine (issue #13 item 4). Starts
 * scripts/start.js twice on one fresh data dir (storefront, gateway, media
 * and video off): `--dev` first (migrates and seeds), then production.
 * Reads: GET /store/products?limit=12 and GET /store/ocop/products/:handle.
 */
import fs from "fs"
import os from "os"
import path from "path"
import { exited, freePort, spawnUntil } from "../integration-tests/lifecycle/process-helpers"
import { load, type LoadResult } from "./lib/catalog-load"
import { machineInfo } from "./lib/machine"

const args = process.argv.slice(2)
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const SECONDS = Number(opt("seconds") ?? 20)
const CONNECTIONS = Number(opt("connections") ?? 10)
const HANDLE = "na-chi-lang"
const ROOT = path.resolve(__dirname, "..")
const READY = /is running \(ready in ([\d.]+) s\)[\s\S]*Publishable key:\s+(pk_[0-9a-f]+)/

async function measure(mode: "development" | "production", dataDir: string) {
  const port = await freePort()
  const env = {
    OCOP_DATA_DIR: dataDir, PORT: String(port), PG_PORT: String(await freePort()), DATABASE_URL: "", REDIS_URL: "",
    LIVE_GATEWAY: "off", OCOP_LIVE_INGEST: "off", OCOP_DEMO_VIDEO: "off", STOREFRONT: "off",
    NODE_ENV: "", OCOP_DEMO: "", LOG_LEVEL: "error", NODE_OPTIONS: "",
  }
  const argv = [path.join(ROOT, "scripts", "start.js"), ...(mode === "development" ? ["--dev"] : [])]
  const { child, match } = await spawnUntil(argv, READY, { env, cwd: ROOT, timeoutMs: 900_000 })
  try {
    const headers = { "x-publishable-api-key": match[2], "accept-encoding": "gzip" }
    const backend = `http://127.0.0.1:${port}`
    await fetch(`${backend}/store/products?limit=12`, { headers }) // warm
    const list = await load(`${backend}/store/products?limit=12`, headers, SECONDS, CONNECTIONS)
    const one = await load(`${backend}/store/ocop/products/${HANDLE}`, headers, SECONDS, CONNECTIONS)
    return { list, one }
  } finally {
    child.kill("SIGTERM")
    await exited(child)
  }
}

const row = (name: string, r: LoadResult, base?: LoadResult) =>
  console.log(
    `${name.padEnd(48)} ${r.rps.toFixed(1).padStart(7)} req/s  p50 ${r.p50.toFixed(0)} ms  p99 ${r.p99.toFixed(0)} ms  errors ${r.errors}` +
      (base ? `  (${(r.rps / base.rps).toFixed(2)}× req/s, ${(r.p99 / base.p99).toFixed(2)}× p99)` : "")
  )

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-bench-mode-"))
  try {
    console.log(machineInfo())
    console.log(`${CONNECTIONS} connections, ${SECONDS} s each, gzip accepted`)
    const dev = await measure("development", dataDir)
    const prod = await measure("production", dataDir)
    row("baseline development: GET /store/products", dev.list)
    row("production:           GET /store/products", prod.list, dev.list)
    row(`baseline development: GET /store/ocop/products/${HANDLE}`, dev.one)
    row(`production:           GET /store/ocop/products/${HANDLE}`, prod.one, dev.one)
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
