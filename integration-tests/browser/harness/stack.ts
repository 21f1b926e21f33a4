/**
 * Starts the real product once per test file: `node scripts/start.js` on a
 * fresh database, random ports, and the storefront's production build.
 * Resolves when the "is running" banner is printed; `stop()` sends SIGTERM.
 */
import { ChildProcess, spawn } from "child_process"
import fs from "fs"
import net from "net"
import os from "os"
import path from "path"
import { Client } from "pg"

export const ROOT = path.resolve(__dirname, "..", "..", "..")
const READY = /is running \(ready in [\d.]+ s\)[\s\S]*Publishable key:\s+(pk_[0-9a-f]+)/

export type Stack = {
  backend: string
  storefront: string
  liveUrl: string | null
  publishableKey: string
  databaseUrl: string
  salesChannels: Record<string, string>
  output: () => string
  stop: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function pgUrl(database: string): string {
  const user = process.env.DB_USERNAME || "postgres"
  const password = process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  return `postgres://${user}${password}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}/${database}`
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: pgUrl("postgres") })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Runs `node args` to completion, keeping its output (for errors). */
function runNode(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs)
    child.on("exit", (code) => {
      clearTimeout(timer)
      code === 0 ? resolve(out) : reject(new Error(`node ${args.join(" ")} failed (${code}):\n${out.slice(-4000)}`))
    })
  })
}

/** The storefront's production build, made once before any stack starts. */
export async function buildStorefront() {
  await runNode([path.join(ROOT, "storefront", "scripts", "serve.mjs"), "--build-only"], { ...process.env, NODE_OPTIONS: "" }, 600_000)
}

export async function startStack(name: string, options: { liveGateway?: boolean } = {}): Promise<Stack> {
  await buildStorefront()
  const database = `ocop_browser_${name}_${process.pid}_${Date.now().toString(36)}`
  await admin((c) => c.query(`CREATE DATABASE "${database}"`))
  const databaseUrl = pgUrl(database)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `ocop-browser-${name}-`))
  const [port, sfPort, livePort] = [await freePort(), await freePort(), await freePort()]
  const liveGateway = !!options.liveGateway && fs.existsSync(path.join(ROOT, "src", "live", "server.ts"))
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OCOP_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    STOREFRONT_PORT: String(sfPort),
    LIVE_PORT: String(livePort),
    LIVE_URL: `ws://localhost:${livePort}`,
    LIVE_GATEWAY: liveGateway ? "on" : "off",
    STOREFRONT: "on",
    OCOP_SALES_CHANNELS: "",
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    // the live widget calls the store API from the storefront's pages (and the demo page)
    STORE_CORS: `http://localhost:${sfPort},http://127.0.0.1:${sfPort}`,
    REDIS_URL: "",
    NODE_ENV: "",
    NODE_OPTIONS: "",
    LOG_LEVEL: "error",
  }
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stack not ready:\n${output.slice(-4000)}`)), 420_000)
    const onData = (d: Buffer) => {
      output += d.toString()
      const m = output.match(READY)
      if (m) {
        clearTimeout(timer)
        resolve(m)
      }
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`start.js exited (${code}):\n${output.slice(-4000)}`))
    })
  }).catch(async (e) => {
    await stopStack(child, database, dataDir)
    throw e
  })
  child.removeAllListeners("exit")
  // what start.js gave the storefront (OCOP_SALES_CHANNELS), for the widget demo page
  const salesChannels = await channelIds(databaseUrl)
  return {
    backend: `http://localhost:${port}`,
    storefront: `http://localhost:${sfPort}`,
    liveUrl: liveGateway ? `ws://localhost:${livePort}` : null,
    publishableKey: match[1],
    databaseUrl,
    salesChannels,
    output: () => output,
    stop: () => stopStack(child, database, dataDir),
  }
}

async function channelIds(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(`SELECT id, name FROM sales_channel WHERE deleted_at IS NULL`)
    const by = (name: string) => rows.find((r) => r.name === name)?.id
    return Object.fromEntries(
      Object.entries({ online: by("Online store"), kiosk: by("Tourism kiosks"), live: by("Livestream") }).filter(([, v]) => v)
    ) as Record<string, string>
  } finally {
    await client.end()
  }
}

async function stopStack(child: ChildProcess, database: string, dataDir: string) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once("exit", r))
    child.kill("SIGTERM")
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000)
    await exited
    clearTimeout(timer)
  }
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).catch(() => undefined)
  fs.rmSync(dataDir, { recursive: true, force: true })
}
