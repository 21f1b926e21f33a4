/**
 * The storefront's production server for a bench (`storefront/scripts/serve.mjs`,
 * which builds first when the build is missing or stale) on a free loopback
 * port, in front of the bench's Medusa and gateway.
 */
import { spawn, type ChildProcess } from "child_process"
import net from "net"
import path from "path"
import { untilServerAnswers } from "./server-ready"

const ROOT = path.resolve(__dirname, "..", "..")

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type StorefrontServer = { url: string; child: ChildProcess; stop: () => Promise<void> }

/** Starts the storefront and waits (≤ timeoutMs: a build takes minutes on 2 cores) until `/vi` answers. */
export async function startStorefront(o: { backendUrl: string; publishableKey: string; liveUrl: string; timeoutMs?: number }): Promise<StorefrontServer> {
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(ROOT, "storefront", "scripts", "serve.mjs")], {
    cwd: path.join(ROOT, "storefront"),
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      NODE_OPTIONS: "",
      NEXT_PUBLIC_MEDUSA_BACKEND_URL: o.backendUrl,
      MEDUSA_INTERNAL_URL: o.backendUrl,
      NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: o.publishableKey,
      OCOP_PUBLISHABLE_KEYS: "",
      OCOP_SALES_CHANNELS: "",
      LIVE_URL: o.liveUrl,
    },
    stdio: ["ignore", "ignore", "inherit"],
  })
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill("SIGTERM")
    })
  await untilServerAnswers(child, `${url}/vi`, { name: "the storefront", timeoutMs: o.timeoutMs ?? 900_000, intervalMs: 1000, stop })
  return { url, child, stop }
}
