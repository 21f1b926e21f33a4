import { ChildProcess, spawn } from "child_process"
import fs from "fs"
import net from "net"
import { waitFor } from "../helpers/harness"

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** PIDs of running processes whose command line mentions `text`. */
export function processesMentioning(text: string): number[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").includes(text)
      } catch {
        return false
      }
    })
    .map(Number)
}

/** Spawns `node args…` and resolves once a stdout line matches `ready`. */
export function spawnUntil(
  args: string[],
  ready: RegExp,
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {}
): Promise<{ child: ChildProcess; match: RegExpMatchArray; output: () => string }> {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
      reject(new Error(`timed out waiting for ${ready}:\n${output.slice(-3000)}`))
    }, options.timeoutMs ?? 60000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(ready)
      if (match) {
        clearTimeout(timer)
        resolve({ child, match, output: () => output })
      }
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`exited (${code}) before ${ready}:\n${output.slice(-3000)}`))
    })
  })
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)))
}

/** Whether `check` came to hold within `timeoutMs` (polled by the HTTP test harness's `waitFor`). */
export async function waitUntil(check: () => boolean, timeoutMs = 10000): Promise<boolean> {
  return waitFor(async () => check(), { what: "a process condition", timeoutMs, intervalMs: 100 }).then(
    () => true,
    () => check()
  )
}
