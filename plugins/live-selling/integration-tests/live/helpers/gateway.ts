import { spawn, type ChildProcess } from "child_process"
import { join } from "path"
import type { Pool } from "pg"
import type Redis from "ioredis"
import { createLiveGateway, type LiveGatewayOptions } from "../../../src/live/gateway"
import { medusaCartCheck } from "../../../src/live/gateway/medusa-checks"
import { medusaHttp } from "../../../src/live/gateway/medusa-http"
import { fakeMedusa, GATEWAY_KEY, JWT_SECRET } from "./fake-medusa"

const ROOT = join(__dirname, "../../..")

/** A gateway in the test process, on a free port, asking the fake Medusa backend. */
export async function startGateway(
  db: Pool,
  o: Partial<LiveGatewayOptions> & { redis?: Redis | null; prefix?: string } = {}
) {
  const medusa = medusaHttp({ backendUrl: (await fakeMedusa()).url, publishableKey: GATEWAY_KEY, timeoutMs: 5_000 })
  const gw = await createLiveGateway({
    db,
    port: 0,
    host: "127.0.0.1",
    jwtSecret: JWT_SECRET,
    sweepMs: 250,
    tickMs: 250,
    medusa,
    verifyCart: medusaCartCheck(medusa),
    logger: { info: () => undefined, warn: () => undefined, error: (...a: unknown[]) => console.error(...a) },
    ...o,
  })
  return { ...gw, url: `http://127.0.0.1:${gw.port}` }
}

export type GatewayProcess = { url: string; child: ChildProcess; output: () => string; stop: () => Promise<void> }

/**
 * A real gateway process (`src/live/server.ts`, the `medusa-live-gateway`
 * command), as `npm start` runs it, asking the fake Medusa backend.
 */
export async function spawnGateway(env: Record<string, string>): Promise<GatewayProcess> {
  const backendUrl = (await fakeMedusa()).url
  const child = spawn(process.execPath, ["-r", "ts-node/register", "src/live/server.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      LIVE_PORT: "0",
      LIVE_HOST: "127.0.0.1",
      JWT_SECRET,
      LIVE_SWEEP_MS: "250",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: GATEWAY_KEY,
      ...env,
    },
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
