import { spawn, type ChildProcess } from "child_process"
import { join } from "path"
import type { Pool } from "pg"
import type Redis from "ioredis"
import { createLiveGateway, type LiveGatewayOptions } from "../../../src/live/gateway"
import { medusaCartCheck } from "../../../src/live/gateway/medusa-checks"
import { JWT_SECRET } from "./fixtures"

const ROOT = join(__dirname, "../../..")

/** A gateway in the test process, on a free port. */
export async function startGateway(
  db: Pool,
  o: Partial<LiveGatewayOptions> & { redis?: Redis | null; prefix?: string } = {}
) {
  const gw = await createLiveGateway({
    db,
    port: 0,
    host: "127.0.0.1",
    jwtSecret: JWT_SECRET,
    sweepMs: 250,
    tickMs: 250,
    verifyCart: medusaCartCheck(db),
    logger: { info: () => undefined, warn: () => undefined, error: (...a: unknown[]) => console.error(...a) },
    ...o,
  })
  return { ...gw, url: `http://127.0.0.1:${gw.port}` }
}

export type GatewayProcess = { url: string; child: ChildProcess; output: () => string; stop: () => Promise<void> }

/** A real gateway process (`src/live/server.ts`), as `npm start` runs it. */
export function spawnGateway(env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ["-r", "ts-node/register", "src/live/server.ts"], {
    cwd: ROOT,
    env: { ...process.env, LIVE_PORT: "0", LIVE_HOST: "127.0.0.1", JWT_SECRET, LIVE_SWEEP_MS: "250", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let out = ""
  child.stdout!.on("data", (d) => (out += d))
  child.stderr!.on("data", (d) => (out += d))
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode != null || child.signalCode != null) {
        return resolve()
      }
      child.once("exit", () => resolve())
      child.kill("SIGTERM")
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${out}`)), 60_000)
    child.once("exit", (code) => reject(new Error(`gateway exited (${code}):\n${out}`)))
    const onData = () => {
      const m = out.match(/Live gateway: ws:\/\/localhost:(\d+)\/live/)
      if (m) {
        clearTimeout(timer)
        child.stdout!.off("data", onData)
        resolve({ url: `http://127.0.0.1:${m[1]}`, child, output: () => out, stop })
      }
    }
    child.stdout!.on("data", onData)
  })
}
