/** autocannon runs with per-response latencies (autocannon reports no p95). */
import fs from "fs"
import os from "os"
// eslint-disable-next-line @typescript-eslint/no-var-requires
const autocannon = require("autocannon")

export type LoadResult = {
  rps: number
  p50: number
  p95: number
  p99: number
  requests: number
  errors: number
  detail: { non2xx: number; errors: number; timeouts: number }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * `connections` clients for `seconds`; or, with `amount`, until that many
 * requests have answered (a route slower than the round still gets measured).
 */
export function load(url: string, headers: Record<string, string>, seconds: number, connections: number, amount?: number): Promise<LoadResult> {
  const latencies: number[] = []
  const started = Date.now()
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        headers,
        connections,
        ...(amount ? { amount } : { duration: seconds }),
        timeout: 60,
        setupClient: (client: any) => client.on("response", (_s: number, _b: number, ms: number) => latencies.push(ms)),
      },
      (err: Error | null, result: any) => {
        if (err) return reject(err)
        resolve({
          rps: amount ? (result.requests.total * 1000) / (Date.now() - started) : result.requests.average,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          requests: result.requests.total,
          errors: result.non2xx + result.errors + result.timeouts,
          detail: { non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts },
        })
      }
    )
  })
}

export const median = (values: number[]) => percentile(values, 50)

export function machineInfo() {
  const cpus = os.cpus()
  return [
    `cpu: ${cpus[0]?.model ?? "?"} × ${cpus.length} logical cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node: ${process.version}, ${os.type()} ${os.release()}`,
  ].join("\n")
}

/**
 * CPU time (user + system, ms) a process has used so far, from
 * /proc/<pid>/stat: on a shared machine, server CPU per request compares
 * two routes more steadily than wall-clock latency. null off Linux.
 */
export function cpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    // fields[11], [12] are utime and stime (fields 14 and 15 of stat) in clock ticks
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return null
  }
}
