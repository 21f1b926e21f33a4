/**
 * The bench's Medusa: a dedicated database on the local PostgreSQL
 * (migrated, seeded, topped up to N products), and `medusa start` on a
 * loopback port in production mode (no admin, no Redis, logs at error).
 */
import { spawn, type ChildProcess } from "child_process"
import crypto from "crypto"
import net from "net"
import path from "path"
import { untilServerAnswers } from "./server-ready"

const ROOT = path.resolve(__dirname, "..", "..")
// CommonJS helpers shared with `npm start`
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { prepareDatabase, run, MEDUSA_BIN } = require(path.join(ROOT, "scripts", "lib", "prepare.js"))

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/ocop_bench"

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: BENCH_DATABASE_URL, LOG_LEVEL: "error" }
  delete env.REDIS_URL
  return env
}

/** Migrates and seeds the bench database, then tops it up to `products`. Returns the publishable key. */
export async function prepareBenchDatabase(products: number): Promise<string> {
  const env = { ...baseEnv(), NODE_ENV: "development", BENCH_PRODUCTS: String(products) }
  const seeded = await prepareDatabase(BENCH_DATABASE_URL, env)
  await run(MEDUSA_BIN, ["exec", "./bench/lib/catalog-generate.ts"], env)
  if (!seeded.publishableKey) throw new Error("bench: no publishable key after seeding")
  return seeded.publishableKey
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type BenchServer = { url: string; child: ChildProcess; stop: () => Promise<void>; jwtSecret: string }

/** Starts `medusa start` and waits (≤ timeoutMs) for /health. */
export async function startBenchServer(timeoutMs = 180_000, env: NodeJS.ProcessEnv = {}): Promise<BenchServer> {
  const port = await freePort()
  const secret = () => crypto.randomBytes(24).toString("hex")
  const jwtSecret = secret()
  const child = spawn(MEDUSA_BIN, ["start", "--port", String(port)], {
    cwd: ROOT,
    env: {
      ...baseEnv(),
      NODE_ENV: "production",
      DISABLE_MEDUSA_ADMIN: "true",
      JWT_SECRET: jwtSecret,
      COOKIE_SECRET: secret(),
      HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  })
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill("SIGTERM")
    })
  await untilServerAnswers(child, `${url}/health`, { name: "medusa", timeoutMs, intervalMs: 500, stop })
  return { url, child, stop, jwtSecret }
}
