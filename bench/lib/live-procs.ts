import { fork, spawn, type ChildProcess } from "child_process"
import os from "os"
import { join } from "path"

const ROOT = join(__dirname, "../..")
const TS = ["-r", "ts-node/register"]

/** A forked TS worker answering IPC requests one at a time. */
export async function worker(file: string, env: Record<string, string> = {}) {
  const extra = (process.env.BENCH_WORKER_NODE_ARGS ?? "").split(" ").filter(Boolean)
  const child = fork(join(__dirname, file), [], {
    cwd: ROOT, execArgv: [...extra, ...TS], env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "inherit", "ipc"],
  })
  const first = await new Promise<any>((resolve, reject) => {
    child.once("message", resolve)
    child.once("exit", (c) => reject(new Error(`${file} exited ${c}`)))
  })
  const request = (msg: Record<string, unknown>) =>
    new Promise<any>((resolve, reject) => {
      child.once("message", (r: any) => (r.ok === false ? reject(new Error(r.error)) : resolve(r)))
      child.send(msg)
    })
  return { child, first, request, kill: () => child.kill("SIGKILL") }
}

export type GatewayProc = { url: string; child: ChildProcess; stop: () => Promise<void> }

/**
 * The real gateway (`plugins/live-selling/src/live/server.ts`) in its own process;
 * `root` (else env `BENCH_GATEWAY_ROOT`): another checkout's gateway (a before/after run on the same bench).
 */
export function gatewayProcess(env: Record<string, string>, root?: string): Promise<GatewayProc> {
  const nodeArgs = (process.env.BENCH_GATEWAY_NODE_ARGS ?? "").split(" ").filter(Boolean)
  const child = spawn(process.execPath, [...nodeArgs, ...TS, "plugins/live-selling/src/live/server.ts"], {
    cwd: root || process.env.BENCH_GATEWAY_ROOT || ROOT,
    env: { ...process.env, LIVE_PORT: "0", LIVE_HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  })
  let out = ""
  return new Promise((resolve, reject) => {
    const early = (c: number | null) => reject(new Error(`gateway exited ${c}: ${out}`))
    child.once("exit", early)
    const onData = (d: Buffer) => {
      out += d
      const m = out.match(/ws:\/\/localhost:(\d+)\/live/)
      if (!m) {
        return
      }
      child.off("exit", early)
      child.stdout!.off("data", onData)
      child.stdout!.resume()
      resolve({
        url: `http://127.0.0.1:${m[1]}`,
        child,
        stop: () =>
          new Promise((r) => {
            if (child.exitCode != null || child.signalCode != null) {
              return r()
            }
            child.once("exit", () => r())
            child.kill("SIGTERM")
          }),
      })
    }
    child.stdout!.on("data", onData)
  })
}

export function machineInfo() {
  const cpus = os.cpus()
  return [
    `cpu: ${cpus[0]?.model ?? "?"} × ${cpus.length} logical cores`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version}, ${os.type()} ${os.release()}`,
  ].join("\n")
}

export function percentiles(values: number[]) {
  const v = [...values].sort((a, b) => a - b)
  const at = (p: number) => (v.length ? v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)] : NaN)
  return { n: v.length, p50: at(50), p95: at(95), p99: at(99), max: v[v.length - 1] ?? NaN }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * This process's event-loop delay from now until `stop()` (perf_hooks,
 * 10 ms resolution → p50/p99/max in ms): how late this process itself
 * handled what it measured (a busy client inflates its own latencies).
 */
export function eventLoopDelay() {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const h = (require("perf_hooks") as typeof import("perf_hooks")).monitorEventLoopDelay({ resolution: 10 })
  h.enable()
  return {
    stop() {
      h.disable()
      const ms = (ns: number) => ns / 1e6
      return { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) }
    },
  }
}
